import { REQUEST_LIMITS } from "../limits/requests";

/** The path prefix every route lives under; bump only for breaking changes to the contract. */
export const API_VERSION = "v1";
export const API_BASE_PATH = `/${API_VERSION}`;

/**
 * Largest request body the backend reads before answering payload_too_large. The biggest legitimate
 * body is an observe of a long thread (200 messages with their headers), which stays far below this.
 */
export const MAX_BODY_BYTES = REQUEST_LIMITS.bodyBytes.value;
