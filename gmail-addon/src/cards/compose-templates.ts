/**
 * The compose card's templates: a search, the matches (most used first, as GET /templates orders
 * them), and a chosen template rendered for this conversation with every variable that could not be
 * filled named BEFORE Insert, so nothing is ever sent as "{{...}}" or silently left blank.
 */
import type { RenderTemplateResponse, Template } from "@baton/shared/api";
import type { Translator } from "@baton/shared/i18n";
import { ACTIONS, FIELDS } from "./actions";
import { COMPOSE_PREVIEW_BYTES, LINE_BYTES } from "./limits";
import type { CardSection, CardWidget } from "./model";
import { clampText, fitText } from "./text-budget";

function searchWidgets(key: string, query: string, tr: Translator): CardWidget[] {
  return [
    {
      kind: "textInput",
      name: FIELDS.templateQuery,
      label: tr.t("gmail.searchTemplates"),
      hint: tr.t("gmail.searchHint"),
      ...(query === "" ? {} : { value: query }),
    },
    {
      kind: "buttonList",
      buttons: [
        {
          text: tr.t("gmail.search"),
          action: { functionName: ACTIONS.searchTemplates, parameters: { key } },
          filled: true,
        },
      ],
    },
  ];
}

/** The search and its matches; each row's Choose renders it for this conversation. */
export function templateListSection(
  key: string,
  query: string,
  found: { templates: readonly Template[]; truncated: boolean },
  tr: Translator,
): CardSection {
  const widgets = searchWidgets(key, query, tr);
  for (const template of found.templates) {
    widgets.push({
      kind: "decoratedText",
      topLabel: fitText(`/${template.shortcut} · ${template.language.toUpperCase()}`, LINE_BYTES),
      text: fitText(template.name, LINE_BYTES),
      bottomLabel: tr.t("gmail.templateUsed", { count: template.useCount }),
      button: {
        text: tr.t("gmail.choose"),
        // The name rides along so the chosen card can title it without reading the template again.
        action: {
          functionName: ACTIONS.chooseTemplate,
          parameters: { key, id: template.id, name: fitText(template.name, LINE_BYTES) },
        },
      },
    });
  }
  if (found.templates.length === 0)
    widgets.push({
      kind: "textParagraph",
      text: query === "" ? tr.t("gmail.noTemplates") : tr.t("gmail.noTemplateMatches"),
      tone: "muted",
    });
  if (found.truncated)
    widgets.push({
      kind: "textParagraph",
      text: tr.t("gmail.moreTemplates"),
      tone: "muted",
    });
  return { header: tr.t("gmail.templates"), widgets };
}

/** "{{customer.firstName}}" for a variable's name, however the render names it. */
function braced(variable: string): string {
  return variable.startsWith("{{") ? variable : `{{${variable}}}`;
}

/** The chosen template for this conversation: what is missing, a preview, Insert and Back. */
export function templateChosenSection(
  key: string,
  name: string,
  rendered: RenderTemplateResponse,
  tr: Translator,
): CardSection {
  const widgets: CardWidget[] = [];
  if (rendered.missing.length > 0)
    widgets.push({
      kind: "textParagraph",
      text: fitText(
        tr.t("gmail.templateMissing", { variables: rendered.missing.map(braced).join(", ") }),
        LINE_BYTES,
      ),
      tone: "warning",
      bold: true,
    });
  widgets.push({
    kind: "decoratedText",
    topLabel: fitText(tr.t("gmail.templateDates", { name, zone: rendered.timeZone }), LINE_BYTES),
    text: clampText(rendered.text, COMPOSE_PREVIEW_BYTES).text,
  });
  widgets.push({
    kind: "buttonList",
    buttons: [
      {
        text: tr.t("gmail.insert"),
        filled: true,
        action: { functionName: ACTIONS.insertTemplate, parameters: { key, id: rendered.templateId } },
      },
      {
        text: tr.t("gmail.backToTemplates"),
        action: { functionName: ACTIONS.searchTemplates, parameters: { key } },
      },
    ],
  });
  return { header: tr.t("gmail.insertTemplate"), widgets };
}
