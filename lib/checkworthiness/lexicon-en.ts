/**
 * English cue lists (see cues.ts). Drawn from the rule book and general knowledge of news writing:
 * reporting verbs, the stock phrases of non-answers and procedure, modality and tense markers.
 * No names or topics from the corpus.
 */
import { buildLexicon, type CueSpec } from "./cues";

/** Irregular past forms (a regular past ends in -ed): a completed act. */
export const EN_IRREGULAR_PAST: ReadonlySet<string> = new Set(
  ("met won lost took gave went came left got saw held sent paid spent built fell rose grew led ran began " +
    "became brought bought caught fought taught kept meant made sold struck hit shut quit broke chose drove " +
    "flew forgot froze hid knew lay rode rang sank shook spoke stole swore threw wore woke wrote dealt fled " +
    "lent dug sought stood swept withdrew undertook overtook overturned beat bore bound bred dove fed " +
    "forgave hung lit overcame oversaw rebuilt sped spun split spread stuck stung strove swam swung tore " +
    "upheld wept wound").split(" "),
);

const EN: CueSpec = {
  report:
    "said|says|say|told|tells|stated|states|announced|announces|confirmed|confirms|reported|reports|according to|" +
    "testified|wrote|writes|noted|notes|added|explained|acknowledged|admitted|disclosed|revealed|showed|shows|" +
    "found|concluded|cited|quoted|figures show|data show|records show|figures showed|" +
    "data showed|records showed|a statement|in a statement|a spokesman|a spokeswoman|a spokesperson|officials|" +
    "told reporters|told the court|told jurors|told council",
  reportView:
    "argued|argues|argue|believes|believe|believed|called|calls|described|describes|criticised|criticized|" +
    "condemned|praised|urged|urges|insisted|insists|defended|welcomed|hailed|dismissed|accused|blamed|claimed|" +
    "claims|maintains|maintained|contends|suggested|suggests|considers|considered|thinks|feels|agree|agrees|" +
    "disagree|disagrees|complained|complains|warned|warns|cautioned|opposed|opponents|critics|supporters|" +
    "say the|say it|said the plan",
  future:
    "will|'ll|shall|won't|going to|is to|are to|is set to|are set to|is due to|are due to|is expected to|" +
    "are expected to|will be|would be",
  // Verbs and verb phrases only: "the plan", "the target" are nouns in claims as often as not.
  plan:
    "plans to|planned to|planning to|plan to|intend|intends|intended to|aims to|aim to|scheduled to|" +
    "is scheduled|are scheduled|was scheduled|pledged|pledges|promised|promises|vowed|vows|" +
    "committed to|proposes|proposed to|is considering|are considering|will consider|due to begin|" +
    "due to open|due to start|to reopen|will reopen|will resume|set to|on track to|prepares to|" +
    "preparing to|hopes to|seeks to|wants to|is to be|are to be",
  predict:
    "expect|expects|expected|expectation|forecast|forecasts|forecasters|predict|predicts|predicted|prediction|" +
    "projected|projects|projection|likely|unlikely|probably|outlook|anticipate|anticipates|" +
    "anticipated|foresee|foresees|possible|possibly|risk|risks|could see|may see|on course|poised",
  modal: "could|may|might|would|can|cannot|can't|couldn't|wouldn't|should|must|ought|perhaps|maybe",
  conditional: "if|unless|whether|in case|provided that|as long as|otherwise",
  nonAnswer:
    "declined to|declined|refused to|did not respond|didn't respond|did not reply|did not return|" +
    "did not answer|did not comment|would not comment|would not say|will not comment|could not be reached|" +
    "no comment|not immediately|not available for comment|no immediate comment|requests for comment|" +
    "request for comment|did not immediately|had not yet decided|has not decided|not yet decided|not say|" +
    "can't give|cannot give|would not confirm|did not confirm|would not disclose|did not disclose|unanswered|" +
    "not respond|for the chairman to|too early to say",
  review:
    "review|reviewing|reviewed the|will study|would study|study it|look into|looking into|examine|examining|" +
    "assess|assessing|assessed in|consider the|considering the|evaluate|evaluating|reflect|reflect carefully|" +
    "in the usual way|investigate the|monitor|monitoring the situation",
  procedural:
    "adjourned|adjourn|adjournment|recess|recessed|hearing|hearings|session|sitting|resume|resumes|resumed|" +
    "postponed|postpone|rescheduled|live coverage|live blog|welcome to|good morning|good evening|we're back|" +
    "we'll leave|we'll end|our coverage|this blog|stay with us|updates|is due at|will be held|is listed for|" +
    "was called off|called off|pushed back|under way|underway|has begun|is being read|court has risen|" +
    "break|agenda|minutes|motion|motions|quorum|gavel|summary of|what you need to know|here is|here's|" +
    "is now closed|forward-looking|ends|source",
  deontic:
    "should|must|ought|ought to|need to|needs to|has to|have to|should be|must be|it is time|it's time|" +
    "let us|let's|we need|we must|should not|must not|shouldn't|mustn't",
  opinion:
    "too far|too much|too little|goes too far|unacceptable|unfair|outrageous|disgrace|disgraceful|" +
    "shameful|shame|brave|courageous|wise|foolish|reckless|irresponsible|ridiculous|absurd|disaster|" +
    "disastrous|catastrophe|betrayal|mistake|wrong|right thing|deserve|deserves|great|terrible|awful|" +
    "wonderful|excellent|remarkable|vital|crucial|essential|bold|good news|bad news|backbone|in my view|" +
    "in our view|i think|we think|i believe|we believe|clearly|obviously|surely|frankly|simply|of course|" +
    "full stop|missed opportunity|setback|transformational|reliable|trusted|world-class|proud to|" +
    "scandal|achievement|worth|matter|matters|enormously|predictable|legitimate|real achievement",
  feeling:
    "heartbroken|heartbreaking|devastated|devastating|thrilled|delighted|happy|glad|pleased|proud|relieved|" +
    "sad|saddened|upset|angry|furious|outraged|shocked|stunned|scared|afraid|frightened|frightening|worried|" +
    "anxious|nervous|ashamed|embarrassed|disappointed|grateful|thankful|overwhelmed|excited|emotional|" +
    "cried|cry|crying|tears|wept|weep|laughs|laughed|hugs|hugged|heart|breaks my heart|love|loved|hate|" +
    "miss|feel|feels|felt|feeling|hope|hopes|hoped|pray|sobering|moved|honoured|honored|humbled|sorry",
  firstPerson: "i|me|my|mine|myself|we|us|our|ours|ourselves|i'm|i've|i'd|i'll|we're|we've|we'd|we'll",
  secondPerson: "you|your|yours|you're|you've|you'll|yourself",
  private:
    "wife|husband|partner|mother|father|mum|mom|dad|son|daughter|sons|daughters|kids|children|child|" +
    "grandmother|grandfather|granddaughter|grandson|sister|brother|aunt|uncle|family|grew up|growing up|" +
    "married|wedding|lives in|lived in|has lived|have lived|moved to|school trips|childhood|as a girl|" +
    "as a boy|when i was|years old|my late|neighbour|neighbor|my home|our home|my house|dog|garden",
  promo:
    "read|subscribe|sign|sign up|click|visit|follow|download|get|share|send|email|e-mail|tell|find|check|" +
    "try|use|join|watch|listen|register|donate|call|contact|learn|see|discover|shop|buy|order|book|apply|" +
    "refresh|catch up|don't miss|more information|for more|available at|available on|here|newsletter|" +
    "app|podcast|alerts|inbox",
  comparison:
    "more than|less than|fewer than|greater than|higher than|lower than|larger than|smaller than|bigger than|" +
    "compared with|compared to|than|up from|down from|rose|rise|risen|rising|fell|fall|fallen|falling|" +
    "dropped|drop|grew|grown|growth|declined|decline|increased|increase|decreased|decrease|doubled|tripled|" +
    "halved|jumped|surged|soared|plunged|slumped|climbed|cut|cuts|higher|lower|more|fewer|less|" +
    "at least|as many as|as much as|nearly|almost|about|roughly|up to|versus|vs|per|a year|a day",
  record:
    "first|only|record|records|highest|lowest|largest|biggest|smallest|longest|shortest|fastest|slowest|" +
    "most|least|worst|best|ever|since records began|for the first time|first time|unprecedented|all-time|" +
    "last time|since|oldest|newest|youngest|founded|established|born|history|historic",
  causal:
    "because|because of|caused|causes|cause|due to|led to|leads to|leading to|resulted in|result of|" +
    "as a result|blamed on|attributed to|owing to|thanks to|triggered|driven by|after|following|so that|" +
    "therefore|forced|prompted|linked to",
  law:
    "law|laws|act|constitution|constitutional|statute|regulation|regulations|rule|rules|ruling|ruled|" +
    "requires|require|required|prohibits|prohibit|bans|banned|ban|allows|allowed|permits|caps|cap|" +
    "mandatory|legal|illegal|unlawful|court|judge|treaty|charter|code|clause|article|section|under the",
  negation: "not|no|never|nor|n't|none|nobody|nothing|neither|without|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't",
  vague:
    "some|many|several|various|a number of|a lot|lots|few|a few|plenty|numerous|much|often|sometimes|" +
    "usually|generally|reportedly|apparently|allegedly|somewhat|rather|quite|certain|others|people|" +
    "residents|observers|things",
  mood:
    "divided|tense|tension|tensions|mood|atmosphere|silent|silence|quiet|calm|chaotic|heated|lively|" +
    "emotional|noisy|crowded|packed|empty|fierce|humid|hot|cold|rain|sun|smells|smell|sound|noise|" +
    "cheered|applause|booed|murmur|buzz|humming",
  numberWord:
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|" +
    "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|" +
    "half|third|quarter|twice|double|triple|single",
  magnitude:
    "million|millions|billion|billions|trillion|percent|per cent|percentage|percentage points|points|" +
    "dollars|euros|pounds|pesos|rand|crore|lakh|tonnes|tons|kilometres|kilometers|miles|metres|meters|" +
    "hectares|acres|degrees|votes|seats|jobs|cases|deaths|people|households|families",
  dateWord:
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|" +
    "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|" +
    "tonight|today|morning|afternoon|evening|week|month|year|weekend",
  pastTime:
    "yesterday|ago|last week|last month|last year|last night|earlier|previously|formerly|former|in the past|" +
    "once|then|at the time|since|between|until|so far|to date|this year|last season",
  futureTime:
    "tomorrow|next week|next month|next year|next season|coming weeks|coming months|coming year|" +
    "later this|later this year|by the end of|in the spring|in the summer|in the autumn|in the fall|" +
    "in the winter|soon|upcoming|in future|in the future|from next|by next",
  question: "who|what|why|how|when|where|which|whose|whom|is|are|was|were|do|does|did|can|could|will|would|should|has|have",
  boilerplate:
    "forward-looking|forward-looking statements|media contact|press contact|for media inquiries|" +
    "about the company|all rights reserved|copyright|terms and conditions|undertakes no obligation|" +
    "safe harbor|-ends-|###|editor's note|this article|this story|additional reporting|reporting by|" +
    "editing by|contributed to this|photo|file photo|caption|credit",
};

export const EN_LEXICON = buildLexicon(EN);

/** What a law or rule does ("The Constitution prohibits…"): with a law word, the content of a law. */
/** How a rule reads when the law is not named ("Applicants are required to…", "exempt from"). */
export const EN_RULE_WORDS: ReadonlySet<string> = new Set(
  "required prohibited entitled eligible exempt barred forbidden obliged mandatory compulsory".split(" "),
);
export const EN_RULE_BEFORE_QUE: ReadonlySet<string> = new Set<string>();

export const EN_LAW_VERBS: ReadonlySet<string> = new Set(
  "requires require prohibits prohibit bans forbids forbid allows allow permits permit caps sets guarantees guarantee establishes obliges mandates grants entitles exempts limits punishes".split(" "),
);
