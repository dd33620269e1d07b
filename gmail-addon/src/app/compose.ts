/**
 * The compose trigger (a draft opened, or the add-on opened beside one) and its buttons: report
 * `replying` on the conversation the draft answers, warn when a teammate is replying or just replied,
 * and offer the templates, rendered for that conversation and inserted into the draft.
 *
 * Apps Script runs only when the user acts, so a compose card cannot heartbeat: it reports
 * `replying` when it opens and again with each of its buttons (in the same fetchAll as the call the
 * button makes), and the backend's presence expiry ends it when the user sends, discards or goes
 * quiet (Gmail gives an add-on no event for a sent or closed draft).
 */
import type { ConversationResponse } from "@baton/shared";
import type { MessageKey, Translator } from "@baton/shared/i18n";
import { buildComposeCard } from "../cards/compose-card";
import { templateChosenSection, templateListSection } from "../cards/compose-templates";
import { composeWarnings } from "../cards/compose-warnings";
import { FIELDS } from "../cards/actions";
import { COMPOSE_TEMPLATE_ROWS } from "../cards/limits";
import type { Card, CardSection, CardUpdate, DraftUpdate } from "../cards/model";
import { call, callApi, callEach, newRequestId, type ApiResult } from "../gmail/backend";
import { myEmail } from "../gmail/session";
import { readThreadMemo } from "../gmail/thread-memo";
import { failureText } from "./failure-text";
import { formValue, parameter } from "./form";
import { readerOf } from "./handlers";

type Event = GoogleAppsScript.Addons.EventObject;

const NEW_MESSAGE = "gmail.composeNewMessage";
const UNSEEN_THREAD = "gmail.composeUnseenThread";

/**
 * The team conversation the draft replies to: Gmail gives a reply draft's thread id (draftAccess
 * METADATA), and the add-on remembers which conversation it reported that thread as. A new message,
 * or a thread this user's add-on has not reported in the last 6 hours, has none.
 */
export function draftConversation(event: Event): { key: string } | { notice: MessageKey<"gmail"> } {
  const threadId = draftThreadId(event);
  if (threadId === undefined) return { notice: NEW_MESSAGE };
  const key = readThreadMemo(threadId)?.conversationKey;
  return key === undefined ? { notice: UNSEEN_THREAD } : { key };
}

function draftThreadId(event: Event): string | undefined {
  const threadId = (event.gmail as { threadId?: string } | undefined)?.threadId;
  return threadId === undefined || threadId === "" ? undefined : threadId;
}

/** The customer's name as this add-on saw it on the thread, for {{customer.firstName}}. */
function customerNameOf(event: Event): { customerName: string } | Record<string, never> {
  const threadId = draftThreadId(event);
  const name = threadId === undefined ? undefined : readThreadMemo(threadId)?.customerName;
  return name === undefined ? {} : { customerName: name };
}

/** `replying` presence, sent beside every compose call: best effort, its answer is not read. */
const replying = (key: string) => call("presence", { params: { key }, body: { state: "replying" } });

function withWarnings(
  result: ApiResult<ConversationResponse>,
  nowMs: number,
  sections: readonly CardSection[],
  tr: Translator,
): Card {
  if (!result.ok)
    return buildComposeCard(
      {
        subject: null,
        warnings: [],
        notice: tr.t("gmail.composeUnchecked", { reason: failureText(result, tr) }),
        sections,
      },
      tr,
    );
  const { view, conversation } = result.body;
  return buildComposeCard(
    {
      subject: view.subject,
      warnings: composeWarnings(view, conversation, myEmail(), nowMs, tr),
      notice: null,
      sections,
    },
    tr,
  );
}

/** The card: warnings, then the search and its matches. ONE fetchAll (presence, conversation, templates). */
function templatesCard(key: string, query: string, nowMs: number, tr: Translator): Card {
  const [, conversation, found] = callEach([
    replying(key),
    call("getConversation", { params: { key } }),
    call("listTemplates", {
      query: { limit: COMPOSE_TEMPLATE_ROWS, ...(query === "" ? {} : { q: query }) },
    }),
  ]);
  const list: CardSection = found.ok
    ? templateListSection(key, query, found.body, tr)
    : {
        header: tr.t("gmail.templates"),
        widgets: [{ kind: "textParagraph", text: failureText(found, tr), tone: "warning" }],
      };
  return withWarnings(conversation, nowMs, [list], tr);
}

/** The compose trigger's card. */
export function composeCard(event: Event, nowMs: number): Card {
  const { tr } = readerOf(event);
  const draft = draftConversation(event);
  if ("notice" in draft)
    return buildComposeCard({ subject: null, warnings: [], notice: tr.t(draft.notice) }, tr);
  return templatesCard(draft.key, "", nowMs, tr);
}

/** Search (and Back to templates): the card again with the typed query. */
export function searchTemplates(event: Event, nowMs: number): CardUpdate {
  const key = parameter(event, "key");
  if (key === undefined) return { card: composeCard(event, nowMs) };
  return {
    card: templatesCard(key, formValue(event, FIELDS.templateQuery) ?? "", nowMs, readerOf(event).tr),
  };
}

function renderFor(event: Event, key: string, id: string) {
  const [, conversation, rendered] = callEach([
    replying(key),
    call("getConversation", { params: { key } }),
    call("renderTemplate", { params: { id }, body: { conversationKey: key, ...customerNameOf(event) } }),
  ]);
  return { conversation, rendered };
}

/** Choose: the template rendered for this conversation, what could not be filled, and Insert. */
export function chooseTemplate(event: Event, nowMs: number): CardUpdate {
  const key = parameter(event, "key");
  const id = parameter(event, "id");
  if (key === undefined || id === undefined) return { card: composeCard(event, nowMs) };
  const { tr } = readerOf(event);
  const { conversation, rendered } = renderFor(event, key, id);
  if (!rendered.ok)
    return { card: templatesCard(key, "", nowMs, tr), notification: failureText(rendered, tr) };
  const name = parameter(event, "name") ?? tr.t("gmail.template");
  return {
    card: withWarnings(conversation, nowMs, [templateChosenSection(key, name, rendered.body, tr)], tr),
  };
}

/**
 * Insert: rendered afresh (the conversation may have changed since Choose), put into the draft at the
 * cursor as editable HTML, and counted once (POST /used with a request id). Gmail applies the
 * response after this returns, so the use is counted just before the text lands.
 */
export function insertTemplate(event: Event, nowMs: number): DraftUpdate {
  const key = parameter(event, "key");
  const id = parameter(event, "id");
  if (key === undefined || id === undefined) return { card: composeCard(event, nowMs) };
  const { rendered } = renderFor(event, key, id);
  if (!rendered.ok) {
    const { tr } = readerOf(event);
    return { card: templatesCard(key, "", nowMs, tr), notification: failureText(rendered, tr) };
  }
  callApi("templateUsed", { params: { id }, body: { requestId: newRequestId(), conversationKey: key } });
  return { insertHtml: rendered.body.html };
}
