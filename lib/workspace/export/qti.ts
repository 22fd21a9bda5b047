import { strToU8, zipSync } from 'fflate';
import type { Question, Quiz } from '@/lib/quiz-engine/schema';
import { byShape } from '@/lib/quiz-play/question-shape';
import { evidenceLines } from './evidence';

/**
 * A QTI 2.1 content package (IMS Content Packaging 1.1): imsmanifest.xml, one assessmentItem per
 * question under items/, and an assessmentTest that keeps the teacher's order. Each item scores 1 when
 * right and always shows a modal feedback with the explanation and the evidence sentence with its ¶.
 */
const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';

export function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** QTI identifiers are XML names: question ids ("q-0abc123", "own-…") are, prefixed to be sure. */
export const itemIdentifier = (question: Question) =>
  `ITEM-${question.id.replace(/[^\w.-]/g, '_')}`;

const choiceId = (index: number) => `C${index + 1}`;

interface Body {
  declaration: string;
  interaction: string;
  scoring: string;
}

const matchCorrect = `<responseCondition>
      <responseIf>
        <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
      </responseIf>
      <responseElse>
        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue>
      </responseElse>
    </responseCondition>`;

function body(question: Question): Body {
  const prompt = `<prompt>${xmlText(question.prompt)}</prompt>`;
  return byShape<Body>(question, {
    choice: (choice) => ({
      declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>${choiceId(choice.choices.indexOf(choice.answer))}</value></correctResponse>
  </responseDeclaration>`,
      interaction: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
      ${prompt}
${choice.choices.map((option, index) => `      <simpleChoice identifier="${choiceId(index)}">${xmlText(option)}</simpleChoice>`).join('\n')}
    </choiceInteraction>`,
      scoring: matchCorrect,
    }),
    typed: (typed) => {
      const accepted = [typed.answer, ...typed.acceptedAnswers].filter(
        (answer, index, all) => all.indexOf(answer) === index,
      );
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">
    <correctResponse><value>${xmlText(typed.answer)}</value></correctResponse>
    <mapping defaultValue="0" lowerBound="0" upperBound="1">
${accepted.map((answer) => `      <mapEntry mapKey="${xmlText(answer)}" mappedValue="1" caseSensitive="false"/>`).join('\n')}
    </mapping>
  </responseDeclaration>`,
        interaction: `<p>${xmlText(typed.prompt)}</p>
    <p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(12, typed.answer.length + 4)}"/></p>`,
        scoring: `<setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue>`,
      };
    },
    order: (timeline) => ({
      declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">
    <correctResponse>
${timeline.answer.map((item) => `      <value>${choiceId(timeline.items.indexOf(item))}</value>`).join('\n')}
    </correctResponse>
  </responseDeclaration>`,
      interaction: `<orderInteraction responseIdentifier="RESPONSE" shuffle="false">
      ${prompt}
${timeline.items.map((item, index) => `      <simpleChoice identifier="${choiceId(index)}">${xmlText(item)}</simpleChoice>`).join('\n')}
    </orderInteraction>`,
      scoring: matchCorrect,
    }),
    match: (matching) => ({
      declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">
    <correctResponse>
${matching.items.map((_item, index) => `      <value>L${index + 1} R${matching.choices.indexOf(matching.answer[index] ?? '') + 1}</value>`).join('\n')}
    </correctResponse>
  </responseDeclaration>`,
      interaction: `<matchInteraction responseIdentifier="RESPONSE" shuffle="false" maxAssociations="${matching.items.length}">
      ${prompt}
      <simpleMatchSet>
${matching.items.map((item, index) => `        <simpleAssociableChoice identifier="L${index + 1}" matchMax="1">${xmlText(item)}</simpleAssociableChoice>`).join('\n')}
      </simpleMatchSet>
      <simpleMatchSet>
${matching.choices.map((choice, index) => `        <simpleAssociableChoice identifier="R${index + 1}" matchMax="${matching.items.length}">${xmlText(choice)}</simpleAssociableChoice>`).join('\n')}
      </simpleMatchSet>
    </matchInteraction>`,
      scoring: matchCorrect,
    }),
  });
}

export function qtiItem(quiz: Pick<Quiz, 'passages'>, question: Question, number: number): string {
  const { declaration, interaction, scoring } = body(question);
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"
  identifier="${itemIdentifier(question)}" title="Question ${number}" adaptive="false" timeDependent="false">
  ${declaration}
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
    <defaultValue><value>0</value></defaultValue>
  </outcomeDeclaration>
  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
  <itemBody>
    ${interaction}
  </itemBody>
  <responseProcessing>
    ${scoring}
    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">EVIDENCE</baseValue></setOutcomeValue>
  </responseProcessing>
  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="EVIDENCE" showHide="show">
    <p>${xmlText(question.explanation)}</p>
${evidenceLines(quiz, question)
  .map((line) => `    <p>${xmlText(line)}</p>`)
  .join('\n')}
  </modalFeedback>
</assessmentItem>
`;
}

const itemPath = (question: Question) => `items/${itemIdentifier(question)}.xml`;

function assessmentTest(quiz: Quiz, questions: readonly Question[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="TEST" title="${xmlText(quiz.article.title)}">
  <testPart identifier="PART" navigationMode="nonlinear" submissionMode="individual">
    <assessmentSection identifier="SECTION" title="${xmlText(quiz.article.title)}" visible="true">
${questions.map((question) => `      <assessmentItemRef identifier="${itemIdentifier(question)}" href="${itemPath(question)}"/>`).join('\n')}
    </assessmentSection>
  </testPart>
</assessmentTest>
`;
}

function manifest(quiz: Quiz, questions: readonly Question[]): string {
  const items = questions
    .map(
      (
        question,
      ) => `    <resource identifier="RES-${itemIdentifier(question)}" type="imsqti_item_xmlv2p1" href="${itemPath(question)}">
      <file href="${itemPath(question)}"/>
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
  identifier="MANIFEST-${xmlText(quiz.article.slug)}">
  <metadata>
    <schema>QTIv2.1 Package</schema>
    <schemaversion>1.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="RES-TEST" type="imsqti_test_xmlv2p1" href="test.xml">
      <file href="test.xml"/>
${questions.map((question) => `      <dependency identifierref="RES-${itemIdentifier(question)}"/>`).join('\n')}
    </resource>
${items}
  </resources>
</manifest>
`;
}

/** The package's files by path (what the zip holds), for tests and the zip below. */
export function qtiFiles(quiz: Quiz, questions: readonly Question[]): Record<string, string> {
  return {
    'imsmanifest.xml': manifest(quiz, questions),
    'test.xml': assessmentTest(quiz, questions),
    ...Object.fromEntries(
      questions.map((question, index) => [itemPath(question), qtiItem(quiz, question, index + 1)]),
    ),
  };
}

/** The content package as a zip file. */
export function quizToQtiPackage(quiz: Quiz, questions: readonly Question[]): Uint8Array {
  const files = qtiFiles(quiz, questions);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])),
    { level: 6, mtime: new Date('2026-01-01T00:00:00Z') },
  );
}
