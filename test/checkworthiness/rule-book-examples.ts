/**
 * The rule book's example sentences (docs/checkworthiness.md) and the sentences quoted in issue 12,
 * with their labels, English and Spanish. Where the rule book gives a kind in one language only, a
 * sentence of the same kind in the other language was written for the test.
 */
import type { Language } from "@/lib/vocabulary";

export type Example = { text: string; language: Language; checkworthy: boolean; kind: string };

const yes = (language: Language, kind: string, text: string): Example => ({ text, language, kind, checkworthy: true });
const no = (language: Language, kind: string, text: string): Example => ({ text, language, kind, checkworthy: false });

export const RULE_BOOK_EXAMPLES: Example[] = [
  // --- check-worthy, English ---
  yes("en", "figure", "Unemployment fell to 4.1% in March."),
  yes("en", "event", "The minister resigned after a dispute with the prime minister over the pension reform."),
  yes("en", "attribution", "Police said four people were arrested at the scene."),
  yes("en", "comparison", "It was the wettest November since records began in 1862."),
  yes("en", "causal", "The outage was caused by a faulty transformer."),
  yes("en", "record", "The treaty was first signed by Chile and Peru, which later invited Ecuador to join."),
  yes("en", "quote-fact", '"We were told $310 million in 2016. The final bill was $428 million," Pike said.'),
  yes("en", "attribution", "Opponents say the plan cut 3,000 jobs last year."),
  yes("en", "event", "The council approved a $2 million budget."),
  yes("en", "event", "The IMF cut its growth forecast for Spain to 2.1% from 2.4%."),
  yes("en", "record", "The plant, which opened in 1974, employs 1,200 people."),
  yes("en", "figure", "Residents voted 212 to 180 against the plan."),
  // --- check-worthy, Spanish ---
  yes("es", "figure", "La inflación interanual llegó al 211,4 % en diciembre."),
  yes("es", "event", "El Senado aprobó la ley de alquileres con 38 votos a favor."),
  yes("es", "attribution", "Según el Ministerio de Salud, los casos de dengue se triplicaron."),
  yes("es", "comparison", "Es la cifra más baja desde 2009."),
  yes("es", "causal", "El apagón se debió a una falla en una subestación."),
  yes("es", "record", "La Constitución prohíbe la reelección inmediata."),
  yes("es", "quote-fact", "“Cerramos el año con 40.000 empleos nuevos”, afirmó la ministra."),
  yes("es", "event", "El ministro renunció tras un enfrentamiento con el presidente por la reforma de las pensiones."),
  yes("es", "record", "El tratado fue firmado primero por Chile y Perú, que más tarde invitaron a Ecuador."),
  // --- not check-worthy, English ---
  no("en", "opinion", "Opponents say the plan goes too far."),
  no("en", "prediction", "Opponents say the plan would cost 3,000 jobs."),
  no("en", "feeling", '"We are heartbroken," the coach said.'),
  no("en", "prediction", "Economists expect growth to slow next year."),
  no("en", "plan", "The bridge will reopen in the spring."),
  no("en", "plan", "The council will vote on the budget next month."),
  no("en", "question", "Who will pay for the new stadium?"),
  no("en", "non-answer", "A spokesman declined to say when the report would be released."),
  no("en", "non-answer", "The ministry said it would review the findings."),
  no("en", "procedural", "The hearing was adjourned until next week."),
  no("en", "promotion", "Read the full report here."),
  no("en", "personal", "I've lived on this street for 31 years and never seen it flood."),
  no("en", "personal", "I've lived on Oak Street for 31 years and never seen it flood."),
  no("en", "vague", "Residents at Tuesday's meeting were divided."),
  // --- not check-worthy, Spanish ---
  no("es", "opinion", "Es una decisión valiente que el país necesitaba."),
  no("es", "opinion", "Los opositores dicen que el plan va demasiado lejos."),
  no("es", "feeling", "“Estamos muy felices”, dijo el entrenador."),
  no("es", "prediction", "Se espera que la inflación baje en el segundo semestre."),
  no("es", "prediction", "Los economistas esperan que el crecimiento se desacelere el año próximo."),
  no("es", "plan", "El ministerio presentará el proyecto la próxima semana."),
  no("es", "plan", "El puente reabrirá en primavera."),
  no("es", "question", "¿Quién pagará la deuda?"),
  no("es", "non-answer", "La empresa no respondió a las consultas de este diario."),
  no("es", "non-answer", "Un portavoz se negó a decir cuándo se publicará el informe."),
  no("es", "non-answer", "El ministerio dijo que revisaría las conclusiones."),
  no("es", "procedural", "La sesión pasó a un cuarto intermedio."),
  no("es", "promotion", "Suscríbete a nuestro boletín."),
  no("es", "personal", "Yo crecí en este barrio y siempre fue tranquilo."),
  no("es", "vague", "Hubo momentos de tensión durante la reunión."),
];

/** Layout kinds: scored in their place in an article (headline first, byline, related links). */
export const LAYOUT_EXAMPLES: Array<{ body: string; sentence: string; language: Language; kind: string }> = [
  { language: "en", kind: "headline", body: "Rates rise again as prices bite\n\nThe central bank raised its main rate to 5.25% on Thursday.", sentence: "Rates rise again as prices bite" },
  { language: "es", kind: "headline", body: "La inflación no da tregua\n\nLos precios subieron un 3,4 % en abril.", sentence: "La inflación no da tregua" },
  { language: "en", kind: "byline", body: "Rates rise again\n\nBy Ana Ruiz, Staff Writer\n\nThe bank raised rates to 5.25%.", sentence: "By Ana Ruiz, Staff Writer" },
  { language: "es", kind: "byline", body: "La inflación sube\n\nPor Ana Ruiz\n\nLos precios subieron un 3,4 % en abril.", sentence: "Por Ana Ruiz" },
  { language: "en", kind: "navigation", body: "Rates rise again\n\nThe bank raised rates to 5.25%.\n\nSEE ALSO: Five things to know", sentence: "SEE ALSO: Five things to know" },
  { language: "es", kind: "navigation", body: "La inflación sube\n\nLos precios subieron un 3,4 %.\n\nVEA TAMBIÉN: Las claves del acuerdo", sentence: "VEA TAMBIÉN: Las claves del acuerdo" },
];
