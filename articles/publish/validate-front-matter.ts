import { FrontMatter } from './front-matter-schema';
import type { Problem } from './problem';
import type { ParsedArticle } from './types';

const KNOWN = Object.keys(FrontMatter.shape).join(', ');

/**
 * Checks one article's front matter against the schema. Each problem points at the line of the
 * field concerned; a missing field at the opening `---`, since there is no line of its own.
 *
 * @example validateFrontMatter(parsed).problems // [{ file, line: 1, message: 'missing required field "title"' }]
 */
export function validateFrontMatter(article: ParsedArticle): { meta?: FrontMatter; problems: Problem[] } {
  const { fields, file, lineOf } = article;
  // undefined: the YAML itself was broken, which parse already reported.
  if (fields === undefined) return { problems: [] };
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return { problems: [{ file, line: lineOf([]), message: 'the front matter must be fields written "key: value", one per line' }] };
  }
  const result = FrontMatter.safeParse(fields);
  if (result.success) return { meta: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, line: lineOf([key]), message: `unknown field "${key}" (the fields are ${KNOWN})` }));
    }
    const key = issue.path[0];
    if (typeof key === 'string' && !(key in fields)) {
      return [{ file, line: lineOf([]), message: `missing required field "${key}"` }];
    }
    return [{ file, line: lineOf(issue.path), message: issue.message }];
  });
  return { problems };
}
