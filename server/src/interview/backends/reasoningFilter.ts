// Drops a leading <think>...</think> block from a streamed answer: reasoning models served without a reasoning
// parser (Ollama, vLLM, LM Studio setups) put their chain of thought in the content, before the question.

const OPEN = '<think>';
const CLOSE = '</think>';

export class ReasoningFilter {
  private state: 'start' | 'thinking' | 'text' = 'start';
  private buffer = '';
  private emitted = false;

  /** The part of `delta` to show (possibly empty). */
  push(delta: string): string {
    this.buffer += delta;
    if (this.state === 'start') {
      const head = this.buffer.trimStart();
      if (head.startsWith(OPEN)) {
        this.state = 'thinking';
        this.buffer = head.slice(OPEN.length);
      } else if (OPEN.startsWith(head)) {
        return ''; // could still become the tag
      } else {
        this.state = 'text';
      }
    }
    if (this.state === 'thinking') {
      const end = this.buffer.indexOf(CLOSE);
      if (end < 0) {
        // Keep only what could be the start of the closing tag.
        this.buffer = this.buffer.slice(-(CLOSE.length - 1));
        return '';
      }
      this.state = 'text';
      this.buffer = this.buffer.slice(end + CLOSE.length);
    }
    return this.take();
  }

  /** What is left at the end of the stream: a dangling tag prefix is text; unfinished reasoning is not. */
  end(): string {
    if (this.state === 'start') {
      this.state = 'text';
      return this.take();
    }
    return '';
  }

  private take(): string {
    let out = this.buffer;
    this.buffer = '';
    if (!this.emitted) out = out.trimStart();
    if (out) this.emitted = true;
    return out;
  }
}
