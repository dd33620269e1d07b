/**
 * The compose card's templates: a search, the matches (most used first, as GET /templates orders
 * them), and a chosen template rendered for this conversation with every variable that could not be
 * filled named BEFORE Insert, so nothing is ever sent as "{{...}}" or silently left blank.
 */
import type { RenderTemplateResponse, Template } from "@baton/shared/api";
import { ACTIONS, FIELDS } from "./actions";
import { COMPOSE_PREVIEW_BYTES, LINE_BYTES } from "./limits";
import type { CardSection, CardWidget } from "./model";
import { clampText, fitText } from "./text-budget";

function searchWidgets(key: string, query: string): CardWidget[] {
  return [
    {
      kind: "textInput",
      name: FIELDS.templateQuery,
      label: "Search templates",
      hint: "Name, tag or text; /shortcut",
      ...(query === "" ? {} : { value: query }),
    },
    {
      kind: "buttonList",
      buttons: [{ text: "Search", action: { functionName: ACTIONS.searchTemplates, parameters: { key } } }],
    },
  ];
}

function usedText(count: number): string {
  return count === 0 ? "Not used yet" : `Used ${count} ${count === 1 ? "time" : "times"}`;
}

/** The search and its matches; each row's Choose renders it for this conversation. */
export function templateListSection(
  key: string,
  query: string,
  found: { templates: readonly Template[]; truncated: boolean },
): CardSection {
  const widgets = searchWidgets(key, query);
  for (const template of found.templates) {
    widgets.push({
      kind: "decoratedText",
      topLabel: fitText(`/${template.shortcut} · ${template.language.toUpperCase()}`, LINE_BYTES),
      text: fitText(template.name, LINE_BYTES),
      bottomLabel: usedText(template.useCount),
      button: {
        text: "Choose",
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
      text: query === "" ? "No templates yet: a lead adds them in the dashboard." : "No template matches.",
      tone: "muted",
    });
  if (found.truncated)
    widgets.push({
      kind: "textParagraph",
      text: "More templates match: type more of the name or /shortcut.",
      tone: "muted",
    });
  return { header: "Templates", widgets };
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
): CardSection {
  const widgets: CardWidget[] = [];
  if (rendered.missing.length > 0)
    widgets.push({
      kind: "textParagraph",
      text: fitText(
        `Not filled, left out of the text: ${rendered.missing.map(braced).join(", ")}. Write them in after inserting.`,
        LINE_BYTES,
      ),
      tone: "warning",
      bold: true,
    });
  widgets.push({
    kind: "decoratedText",
    topLabel: fitText(`${name} · dates in ${rendered.timeZone}`, LINE_BYTES),
    text: clampText(rendered.text, COMPOSE_PREVIEW_BYTES).text,
  });
  widgets.push({
    kind: "buttonList",
    buttons: [
      {
        text: "Insert",
        filled: true,
        action: { functionName: ACTIONS.insertTemplate, parameters: { key, id: rendered.templateId } },
      },
      { text: "Back to templates", action: { functionName: ACTIONS.searchTemplates, parameters: { key } } },
    ],
  });
  return { header: "Insert template", widgets };
}
