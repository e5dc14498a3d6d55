// ESLint rule: no user-visible literal text in components (JSX text, and the aria-*, title, alt, placeholder and
// label attributes); such text comes from the message catalogs (src/shared/messages) through t().
const visibleAttribute =
  /^(aria-label|aria-description|aria-valuetext|aria-roledescription|title|alt|placeholder|label)$/;
// Text with a letter in it; symbols, digits and punctuation alone ("×", "·", "%", "/") are not words, and neither are
// unit symbols, the product's name and example addresses, which read the same in every language.
const hasWord = /\p{L}/u;
const sameInEveryLanguage = /OctoPrint|https?:\/\/\S+|°C|\b(?:MB|KB|ms|mm)\b/g;

function isLiteralText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join('');
  if (node.type === 'JSXExpressionContainer') return isLiteralText(node.expression);
  if (node.type === 'ConditionalExpression') return isLiteralText(node.consequent) ?? isLiteralText(node.alternate);
  if (node.type === 'LogicalExpression') return isLiteralText(node.right);
  return null;
}

export const noLiteralUiString = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text comes from the message catalogs, not string literals.' },
    schema: [],
    messages: { literal: 'User-visible text "{{text}}": put it in src/shared/messages/en.json and use t().' },
  },
  create(context) {
    const report = (node, text) => {
      if (hasWord.test(text.replace(sameInEveryLanguage, '')))
        context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    };
    return {
      JSXText(node) {
        report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type !== 'JSXElement' && node.parent?.type !== 'JSXFragment') return;
        const text = isLiteralText(node.expression);
        if (text != null) report(node, text);
      },
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier' || !visibleAttribute.test(node.name.name)) return;
        const text = isLiteralText(node.value);
        if (text != null) report(node, text);
      },
    };
  },
};
