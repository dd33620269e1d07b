export { classifyIp, isIpLiteral, parseIpv4, parseIpv6, type AddressRefusal } from "./ip-address";
export {
  checkWebhookUrl,
  STRICT_WEBHOOK_POLICY,
  type WebhookChannel,
  type WebhookUrlPolicy,
} from "./webhook-url";
