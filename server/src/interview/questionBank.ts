// The built-in bank of practice questions: one JSON file per question under ./questions, listed here in the
// order the quick pick shows them (the classics first). Adding a question is adding its file and a line below.
import type { PracticeQuestion } from './types';
import urlShortener from './questions/url-shortener.json';
import rateLimiter from './questions/rate-limiter.json';
import newsFeed from './questions/news-feed.json';
import chatMessaging from './questions/chat-messaging.json';
import paymentsLedger from './questions/payments-ledger.json';
import notifications from './questions/notifications.json';
import metricsPipeline from './questions/metrics-pipeline.json';
import jobScheduler from './questions/job-scheduler.json';
import distributedCache from './questions/distributed-cache.json';
import searchAutocomplete from './questions/search-autocomplete.json';
import fileSync from './questions/file-sync.json';
import rideMatching from './questions/ride-matching.json';
import ticketBooking from './questions/ticket-booking.json';
import webCrawler from './questions/web-crawler.json';
import videoTranscoding from './questions/video-transcoding.json';
import leaderboard from './questions/leaderboard.json';
import featureFlags from './questions/feature-flags.json';
import apiGateway from './questions/api-gateway.json';
import adClickAggregation from './questions/ad-click-aggregation.json';
import collaborativeEditor from './questions/collaborative-editor.json';
import hotelReservations from './questions/hotel-reservations.json';
import emailDelivery from './questions/email-delivery.json';
import webhookDelivery from './questions/webhook-delivery.json';
import trendingHashtags from './questions/trending-hashtags.json';

export const PRACTICE_QUESTIONS: PracticeQuestion[] = [
  urlShortener,
  rateLimiter,
  newsFeed,
  chatMessaging,
  paymentsLedger,
  notifications,
  metricsPipeline,
  jobScheduler,
  distributedCache,
  searchAutocomplete,
  fileSync,
  rideMatching,
  ticketBooking,
  webCrawler,
  videoTranscoding,
  leaderboard,
  featureFlags,
  apiGateway,
  adClickAggregation,
  collaborativeEditor,
  hotelReservations,
  emailDelivery,
  webhookDelivery,
  trendingHashtags,
];

const BY_ID: ReadonlyMap<string, PracticeQuestion> = new Map(PRACTICE_QUESTIONS.map((q) => [q.id, q]));

/** The practice question with this id, or undefined when the bank has none (a stale saved session, a typo). */
export function practiceQuestion(id: string): PracticeQuestion | undefined {
  return BY_ID.get(id);
}
