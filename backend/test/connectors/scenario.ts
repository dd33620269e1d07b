/** Builders for scripted mail: the same customers, threads and headers in every fake-backed test. */

export const MAILBOX = "support@demo.baton.test";
export const AGENT = "ana@demo.baton.test";

export interface ScriptedMail {
  headers: Record<string, string>;
  outbound: boolean;
  thread: string;
}

/** A new customer thread: message `<t{n}@customer.test>` from customer n, dated `at`. */
export function customerMail(n: number, at: number, extra: Record<string, string> = {}): ScriptedMail {
  return {
    thread: `t${n}`,
    outbound: false,
    headers: {
      "Message-ID": `<t${n}@customer${n % 7}.test>`,
      From: `"Customer ${n}" <c${n}@customer${n % 7}.test>`,
      To: MAILBOX,
      Subject: `Question ${n}`,
      Date: new Date(at).toUTCString(),
      ...extra,
    },
  };
}

/** A reply in thread n, from the mailbox or an agent (outbound) or the customer (inbound). */
export function replyMail(n: number, k: number, at: number, from: string): ScriptedMail {
  const root = `<t${n}@customer${n % 7}.test>`;
  return {
    thread: `t${n}`,
    outbound: from === MAILBOX || from === AGENT,
    headers: {
      "Message-ID": `<r${n}.${k}@${from.split("@")[1] ?? "x.test"}>`,
      "In-Reply-To": root,
      References: root,
      From: from,
      To: from === MAILBOX || from === AGENT ? `c${n}@customer${n % 7}.test` : MAILBOX,
      Subject: `Re: Question ${n}`,
      Date: new Date(at).toUTCString(),
    },
  };
}

/** Normalised own id of a scripted mail, as identity/ stores it. */
export function idOf(mail: ScriptedMail): string {
  return (mail.headers["Message-ID"] ?? "").replace(/^<|>$/g, "");
}
