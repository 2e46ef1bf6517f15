import { fold } from './fold';

// Short, very common words that say nothing about which article a visitor wants. Under prefix
// matching they would otherwise match almost every article ("i" matches "imap", "install", ...).
// Kept small on purpose: words such as "not", "can't" or "new" do carry meaning in a help centre.
const LISTS: Record<string, string> = {
  en: `a an and are as at be by do does did for from how i i'm is it its me my of on or so the this that
    to was what when where which who why will with you your yours we our can could should would have has
    am im there their them they get got into about please hi hello`,
  sv: `och att det som en ett i på är av för med till den de jag du vi ni han hon om man min mitt mina
    din ditt dina er ert era vår vårt våra hur vad var när varför kan ska skall har hade inte men så
    sig mig dig oss eller från vid under efter över hos nu då här där vill går gör få får detta dessa`,
  nl: `de het een en van in is op te dat die voor met aan er als bij om door naar hoe wat waar wanneer
    waarom ik je jij u we wij ze zij mijn mijn uw jouw ons onze kan kun kunt moet wil zijn was wordt
    worden heb hebt heeft niet maar of ook dan nog al zo deze dit mij me`,
  da: `og i at det en et den de er på af for med til som jeg du vi han hun man min mit mine din dit
    dine vores jeres hvordan hvad hvor hvornår hvorfor kan skal vil har havde ikke men så sig mig dig
    os eller fra ved under efter over hos nu da her der får få gør denne dette disse`,
};

const cache = new Map<string, ReadonlySet<string>>();

/**
 * The folded stop words of a locale (its language part), empty for languages we have no list for.
 *
 * @example
 *   stopWords('sv').has('hur'); // true
 */
export function stopWords(locale: string): ReadonlySet<string> {
  const language = locale.slice(0, 2);
  let set = cache.get(language);
  if (!set) {
    set = new Set((LISTS[language] ?? '').split(/\s+/).filter(Boolean).map(fold));
    cache.set(language, set);
  }
  return set;
}
