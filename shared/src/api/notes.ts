import { z } from "zod";
import { noteBodySchema, requestIdSchema } from "./primitives";

/** POST /conversations/{key}/notes. Mentions are read from the body (@address) by the backend. */
export const createNoteRequestSchema = z.strictObject({ body: noteBodySchema, requestId: requestIdSchema });

/** PATCH /conversations/{key}/notes/{id}. */
export const editNoteRequestSchema = z.strictObject({ body: noteBodySchema, requestId: requestIdSchema });

/** DELETE /conversations/{key}/notes/{id}?requestId=…: DELETE has no body, so the key rides in the query. */
export const deleteNoteQuerySchema = z.strictObject({ requestId: requestIdSchema });

export type CreateNoteRequest = z.input<typeof createNoteRequestSchema>;
export type EditNoteRequest = z.input<typeof editNoteRequestSchema>;
export type DeleteNoteQuery = z.input<typeof deleteNoteQuerySchema>;
