/**
 * Sets CSS custom properties on an element through the CSSOM (`element.style.setProperty`).
 *
 * Why not Lit's `styleMap`: on its first render it writes a `style` attribute, which a host with a
 * strict Content-Security-Policy (no `'unsafe-inline'` in `style-src`) blocks — the seek fill,
 * thumb, hover time and markers all sat at 0. CSSOM writes are not inline markup and are allowed.
 * A value is only written when it changed, so the seek fill can update on every `timeupdate`.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<`--${string}`, string>>;

class CssPropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() goes on an element: <div ${cssProperties({...})}>');
  }

  render(_properties: Properties): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Properties]): typeof nothing {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const [name, value] of Object.entries(properties)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return nothing;
  }
}

/** `<div ${cssProperties({ '--_at': '0.5' })}>`: CSP-safe custom properties on that element. */
export const cssProperties = directive(CssPropertiesDirective);
