import { describe, expect, it } from 'vitest';
import { hasUnresolvedReference, mentions, sameClaim } from './kit';

describe('hasUnresolvedReference', () => {
  it.each([
    ['He unveiled this view in a roundtable discussion', {}, true],
    ['called for public and parliamentary discussion of the issue', {}, true],
    ['The strategy emphasized self-reliance', {}, true],
    ['belong to this group', {}, true],
    ['said the agreement reached between South Korea and Japan in 2015', {}, false],
    [
      'unveiled his plan to make the Korean Peninsula nuclear-free',
      { allowPersonPronoun: true },
      false,
    ],
    ['unveiled his plan to make the Korean Peninsula nuclear-free', {}, true],
    ['they have argued that sanctions are not the solution', {}, true],
    ["won't give up its atomic bombs", {}, true],
    ["won't give up its atomic bombs", { allowIts: true }, false],
    ['demands the North scrap its nuclear program', {}, true],
    ['the paywall does not apply to its sister sites', {}, true],
    ['the only major daily to do so in 2006', {}, true],
    [
      'Every election in South Korea is a confrontation between the country’s two major forces',
      {},
      false,
    ],
    ['we need to expand our cooperation', {}, true],
    ['the U.S. foreign policy', {}, false],
    ['That Constitution was promulgated on 23 March 1956', {}, true],
  ])('%j %o → %s', (text, options, expected) => {
    expect(hasUnresolvedReference(text, options)).toBe(expected);
  });
});

describe('mentions', () => {
  it.each([
    ['Moon Jae-in said', 'Moon', true],
    ['the Moonlight Festival', 'Moon', false],
    ['the U.S. THAAD battery', 'U.S.', true],
    ['Seoul should choose', 'seoul', true],
  ])('%j mentions %j: %s', (text, name, expected) => {
    expect(mentions(text, name)).toBe(expected);
  });
});

describe('sameClaim', () => {
  it.each([
    [
      'called for parliamentary approval',
      'called for public and parliamentary discussion of the issue',
      false,
    ],
    [
      'opposed the controversial THAAD missile defense shield',
      'opposed the THAAD missile defense shield',
      true,
    ],
  ])('%j vs %j: %s', (a, b, expected) => {
    expect(sameClaim(a, b)).toBe(expected);
  });
});
