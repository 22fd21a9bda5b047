import type { ArticleInput } from '../analyze';
import { articleOf } from '../test-support';

/**
 * A small made-up news article (not the seed) that exercises every generator: people with full and
 * short names, a party, a newspaper, a capital standing for its government, dated events, a defined
 * acronym, quotations and positions.
 */
export function fixtureArticle(): ArticleInput {
  return articleOf(
    [
      'Maria Okafor, the leader of the Green Party, proposed a carbon tax on 3 March 2019. She opposed new coal mines in the north.',
      'Daniel Brandt, the finance minister, rejected the carbon tax in a speech on 9 March 2019. He supported lower fuel duties for farmers.',
      '"We cannot tax our way out of a crisis," Brandt said in an interview with the Daily Ledger on 12 April 2019.',
      'The National Assembly approved the Renewable Energy Transition Act (RETA) on 20 June 2019. Okafor said the vote was a turning point for the country.',
      'The Farmers Union opposed the carbon tax and called for subsidies for small farms. Paris welcomed the vote and France pledged support for the Green Party.',
      'Peter Lindqvist, a former mayor of Malmo, warned that fuel prices would rise. The Daily Ledger reported that 42 members of the National Assembly voted against the act.',
    ],
    { date: '2019-06-25' },
  );
}
