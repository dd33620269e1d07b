import { completeSend, readOutgoingMessage } from "./send-event";

type Callback<T> = (result: { status: string; value: T }) => void;
const getter =
  <T>(value: T) =>
  (callback: Callback<T>) => {
    setTimeout(() => {
      callback({ status: "succeeded", value });
    }, 0);
  };

function installCompose(withFrom: boolean) {
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
    context: {
      mailbox: {
        userProfile: { emailAddress: "Ben@demo.baton.test" },
        item: {
          conversationId: "AAQk1",
          subject: { getAsync: getter("Re: Refund") },
          to: { getAsync: getter([{ emailAddress: "Jo@Customer.test", displayName: "Jo" }]) },
          cc: { getAsync: getter([]) },
          ...(withFrom ? { from: { getAsync: getter({ emailAddress: "Support@demo.baton.test" }) } } : {}),
        },
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the send handler's side of the adapter", () => {
  it("reads the message being sent, lower-casing addresses", async () => {
    installCompose(true);
    await expect(readOutgoingMessage()).resolves.toEqual({
      conversationId: "AAQk1",
      subject: "Re: Refund",
      from: "support@demo.baton.test",
      to: ["jo@customer.test"],
      cc: [],
      mailbox: "ben@demo.baton.test",
    });
  });

  it("sends as the signed-in user where item.from is missing (below Mailbox 1.7)", async () => {
    installCompose(false);
    await expect(readOutgoingMessage()).resolves.toMatchObject({ from: "ben@demo.baton.test" });
  });

  it("completes a block as a Smart Alert with Send Anyway, and an allow plainly", () => {
    installCompose(true);
    const completed = jest.fn();
    completeSend(
      { completed },
      {
        allow: false,
        message: "Ana already replied 2 min ago — send anyway?",
      },
    );
    completeSend({ completed }, { allow: true });
    expect(completed.mock.calls).toEqual([
      [
        {
          allowEvent: false,
          errorMessage: "Ana already replied 2 min ago — send anyway?",
          sendModeOverride: "promptUser",
        },
      ],
      [{ allowEvent: true }],
    ]);
  });
});
