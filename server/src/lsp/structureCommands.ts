// The code lenses' commands: add the scaffold line of a missing structure part, or go to a found one.
import type { ApplyWorkspaceEditParams, Range, ShowDocumentParams, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument, type Section } from '../analysis/document/model';
import { structurePartScaffold } from '../analysis/structureScaffold';
import { LENS_PART_NAMES, isInsertStructurePartArgs, isShowStructurePartArgs } from './codeLens';

export interface StructureCommandContext {
  document(uri: string): TextDocument | undefined;
  applyEdit(params: ApplyWorkspaceEditParams): Promise<{ applied: boolean; failureReason?: string }>;
  showDocument(params: ShowDocumentParams): Promise<unknown>;
  /** Tells the user why nothing happened. */
  warn(message: string): void;
  /** Whether the client takes versioned documentChanges in a WorkspaceEdit. */
  documentChanges: boolean;
}

export async function insertStructurePart(ctx: StructureCommandContext, args: unknown): Promise<boolean> {
  if (!isInsertStructurePartArgs(args)) {
    ctx.warn('Tradeoff: the structure lens sent arguments this server does not understand; nothing was changed.');
    return false;
  }
  const document = ctx.document(args.uri);
  if (!document) {
    ctx.warn('Tradeoff: the document of that lens is no longer open; nothing was changed.');
    return false;
  }
  const doc = parseDocument(document.getText());
  const section = sectionStartingOn(doc.sections, doc.lines.lineOf.bind(doc.lines), args.line, args.title);
  if (!section) {
    ctx.warn('Tradeoff: that section moved while the lens was showing; click the updated lens to add the part.');
    return false;
  }
  const scaffold = structurePartScaffold(doc, section, args.part);
  if (scaffold.edit) {
    const edits: TextEdit[] = [scaffold.edit];
    const result = await ctx.applyEdit({
      label: `Add ${LENS_PART_NAMES[args.part].toLowerCase()}`,
      edit: ctx.documentChanges
        ? { documentChanges: [{ textDocument: { uri: args.uri, version: document.version }, edits }] }
        : { changes: { [args.uri]: edits } },
    });
    if (!result.applied) {
      ctx.warn(`Tradeoff could not add the ${LENS_PART_NAMES[args.part].toLowerCase()} line${result.failureReason ? `: ${result.failureReason}` : ''}.`);
      return false;
    }
  }
  await select(ctx, args.uri, scaffold.placeholder);
  return true;
}

export async function showStructurePart(ctx: StructureCommandContext, args: unknown): Promise<boolean> {
  if (!isShowStructurePartArgs(args)) {
    ctx.warn('Tradeoff: the structure lens sent arguments this server does not understand.');
    return false;
  }
  await select(ctx, args.uri, args.range);
  return true;
}

async function select(ctx: StructureCommandContext, uri: string, selection: Range): Promise<void> {
  try {
    await ctx.showDocument({ uri, selection, takeFocus: true });
  } catch {
    // Clients without window/showDocument keep the edit; only the cursor move is lost.
  }
}

/** The section whose heading (or first line, for text before any heading) is on `line`, with that title when known. */
function sectionStartingOn(sections: readonly Section[], lineOf: (offset: number) => number, line: number, title: string | null | undefined): Section | undefined {
  return sections.find((s) => lineOf(s.heading ? s.heading.start : s.start) === line && (title === undefined || (s.heading?.text ?? null) === title));
}
