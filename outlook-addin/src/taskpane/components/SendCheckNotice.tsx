import { useEffect, useState } from "preact/hooks";
import { uncheckedSendSentence, type UncheckedSend } from "../../commands/unchecked-send";
import { Notice } from "./Notice";

/** Where the record lives; the pane passes the Office adapter's (components never touch Office). */
export interface UncheckedSendSource {
  read(): Promise<UncheckedSend | null>;
  clear(): Promise<void>;
}

/**
 * Tells the user their last send went out without Baton's conflict check (the send handler could not
 * run it and let the mail go), until they dismiss it or a later send is checked.
 */
export function SendCheckNotice({ source }: { source: UncheckedSendSource }) {
  const [record, setRecord] = useState<UncheckedSend | null>(null);
  useEffect(() => {
    source.read().then(setRecord, () => {
      // Nothing readable: nothing to tell.
    });
  }, [source]);
  if (record === null) return null;
  const when = new Date(record.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <div class="pane" data-testid="send-check-notice">
      <Notice
        notice={{ kind: "info", text: uncheckedSendSentence(record, when) }}
        onDismiss={() => {
          setRecord(null);
          void source.clear().catch(() => undefined);
        }}
      />
    </div>
  );
}
