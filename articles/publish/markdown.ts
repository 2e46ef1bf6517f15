import MarkdownIt from 'markdown-it';
import { renderRules } from './render-rules';

/**
 * The one markdown-it setup for article bodies. Raw HTML is off, so markup in the source can
 * only ever come out as escaped text; the validate stage reports it, this is the second wall.
 *
 * @example markdown.render('## Steps', { locale: 'en' }) // '<h3>Steps</h3>\n'
 */
export const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false }).enable('table');

// Every link becomes a token so that resolveLink decides what is allowed and validate can say
// so; markdown-it's own check would quietly leave a `javascript:` link behind as plain text.
markdown.validateLink = () => true;

Object.assign(markdown.renderer.rules, renderRules);
