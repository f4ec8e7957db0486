/**
 * Spanish cue lists (see cues.ts). Same classes and sources as the English lists; Spanish tense is
 * mostly read from verb endings (spanish-morphology.ts), so the lists hold periphrases and fixed
 * expressions ("va a", "tiene previsto", "no quiso dar detalles", "pasó a cuarto intermedio").
 */
import { buildLexicon, type CueSpec } from "./cues";

const ES: CueSpec = {
  report:
    "dijo|dice|dicen|dijeron|afirmó|afirma|afirman|declaró|declara|señaló|señala|señalan|indicó|indica|" +
    "informó|informa|informaron|explicó|explica|añadió|agregó|detalló|precisó|aseguró|asegura|confirmó|" +
    "confirma|reveló|revela|reportó|publicó|mostró|muestra|muestran|registró|recordó|según|de acuerdo con|" +
    "datos de|cifras de|un comunicado|en un comunicado|un portavoz|una portavoz|el vocero|la vocera|" +
    "fuentes|ante el jurado|ante el tribunal|relató|contó|reconoció|admitió|dio a conocer|difundió",
  reportView:
    "consideró|considera|consideran|opinó|opina|sostuvo|sostiene|sostienen|criticó|critica|cuestionó|" +
    "cuestiona|calificó|califica|defendió|defiende|denunció|denuncia|acusó|acusa|celebró|elogió|advirtió|" +
    "advierte|alertó|insistió|insiste|reclamó|reclama|exigió|exige|pidió|pide|lamentó|lamenta|valoró|" +
    "destacó|destaca|subrayó|cree|creen|creo|piensa|pienso|opositores|críticos|detractores|partidarios|" +
    "a juicio de|en opinión de|para el|para la",
  future: "va a|van a|vamos a|voy a|habrá|será|serán|estará|estarán|tendrá|tendrán|se hará|irá|próximo|próxima",
  // Verbs and verb phrases only: "el plan", "el objetivo" are nouns in claims as often as not.
  plan:
    "prevé|tiene previsto|tienen previsto|está previsto|están previstos|estaba previsto|planea|planean|" +
    "propone|se propone|prometió|promete|prometen|se comprometió|se compromete|anunció que|anuncia que|" +
    "pretende|pretenden|buscará|apunta a|se prevé|programado para|programada para|convocará|presentará|" +
    "presentarán|intentará|piensa|quiere|quieren|tiene la intención",
  predict:
    // "espera" alone is also the noun (tiempo de espera); "estima" also reports an official figure.
    "espera que|esperan que|se espera|se esperan|esperaba que|espera un|espera una|prevén|pronóstico|" +
    "pronostica|pronosticó|proyecta|proyectan|proyección|probable|probablemente|posible|posiblemente|" +
    "previsión|previsiones|" +
    "expectativa|expectativas|anticipó|anticipa|augura|vaticina|riesgo|podría|podrían|quizá|quizás|" +
    "tal vez|se proyecta|tendencia",
  modal: "podría|podrían|puede|pueden|debería|deberían|debe|deben|sería|serían|habría|tendría|quizá|quizás|tal vez|acaso",
  conditional: "si|salvo que|a menos que|siempre que|en caso de|de lo contrario",
  nonAnswer:
    "no respondió|no respondieron|no contestó|no quiso|no quisieron|se negó|se negaron|declinó|" +
    "no precisó|no detalló|no aclaró|no atendió|no fue posible|no estuvo disponible|prefiero no|" +
    "prefirió no|no voy a adelantar|sin respuesta|no dio detalles|no quiso dar detalles|no entregará|" +
    "no hizo comentarios|no comentó|no se pronunció|consultado|consultada|consultados|a las consultas|" +
    "a las preguntas|a la solicitud|a las solicitudes|no ha decidido|aún no decide|todavía no",
  review:
    "revisará|revisar|revisaría|revisión|analizará|analizar|analizaría|estudiará|estudiar|estudiaría|" +
    "evaluará|evaluar|evaluaría|valorar|valorará|se está evaluando|antes de pronunciarse|examinará|" +
    "investigará|en el modo habitual",
  procedural:
    "cuarto intermedio|sesión|sesiones|audiencia|plenaria|pleno|se reanudará|reanudará|se reanuda|" +
    "suspendió la sesión|se suspendió|convocada|convocado|convocó|prevista para|previsto para|orden del día|" +
    "quedó fijada|quedó fijado|comenzó con|rueda de prensa|conferencia de prensa|plazo|en vivo|en directo|" +
    "minuto a minuto|bienvenidos|buenos días|buenas tardes|buenas noches|seguimos|volvemos|cobertura|" +
    "aquí termina|hasta aquí|le contamos|resumen|lo que hay que saber|receso|se levantó la sesión|" +
    "votación nominal|turno de|tiene la palabra|se abre|se cierra",
  deontic:
    "debería|deberían|deberíamos|hay que|tiene que|tienen que|tenemos que|es necesario|es hora de|" +
    "conviene|urge|no puede|no pueden|no debe|no deben|debe ser|deben ser",
  opinion:
    "demasiado|valiente|vergüenza|vergonzoso|lamentable|inaceptable|injusto|injusta|absurdo|ridículo|" +
    "desastre|error|equivocado|equivocada|fracaso|excelente|magnífico|extraordinario|imprescindible|" +
    "merece|merecen|buena noticia|mala noticia|a mi juicio|creo que|creemos que|pienso que|sin duda|" +
    "claramente|obviamente|simplemente|lamentablemente|afortunadamente|decisión valiente|orgullo|" +
    "compromiso con|excelencia|lástima|legítima|legítimo|prueba de que|reafirma|la importancia|" +
    "algo falla|conviene mirar|necesitaba",
  feeling:
    "feliz|felices|contento|contenta|contentos|contentas|orgulloso|orgullosa|orgullosos|triste|tristes|" +
    "emocionado|emocionada|emocionados|preocupado|preocupada|preocupados|preocupación|dolor|dolidos|" +
    "indignado|indignados|indignación|enojado|furioso|miedo|asustado|alegría|alivio|aliviados|" +
    "agradecido|agradecidos|decepcionado|decepción|lloré|lloró|llorar|lágrimas|corazón|duele|dolió|" +
    "siento|sentimos|sentí|esperanza|ilusión|angustia|tristeza|rabia|felicidad|emoción|gracias|" +
    "estamos muy|estoy muy|qué alegría",
  firstPerson:
    "yo|me|mi|mis|mío|mía|conmigo|nosotros|nosotras|nos|nuestro|nuestra|nuestros|nuestras|" +
    "estamos|estoy|somos|soy|hemos|he|tengo|tenemos|queremos|quiero|vamos|voy|creo|crecí|viví|vivo",
  secondPerson: "usted|ustedes|tú|te|tu|tus|vos|su consulta",
  private:
    "esposa|esposo|marido|mujer|pareja|madre|padre|mamá|papá|hijo|hija|hijos|hijas|niños|abuela|abuelo|" +
    "nieta|nieto|hermana|hermano|tía|tío|familia|crecí|crecimos|se casó|me casé|boda|vive en|vivo en|" +
    "vivió en|se mudó|me mudé|infancia|de niño|de niña|cuando era|años de edad|vecina|vecino|mi casa|" +
    "nuestra casa|mi barrio|perro|jardín|mi primer|mi primera",
  promo:
    "lee|lea|leer|suscríbete|suscríbase|suscribirse|descarga|descargue|síguenos|síganos|sigue|visita|" +
    "visite|consulta|consulte|envía|envíe|comparte|comparta|mira|mire|escucha|escuche|haz clic|pulsa|" +
    "regístrate|regístrese|participa|únete|llame|llama|escríbenos|contáctenos|compra|reserva|inscríbete|" +
    "aquí|boletín|newsletter|app|aplicación|alertas|más información|disponible en|lo esperamos|te esperamos|" +
    "no te pierdas|no se pierda",
  comparison:
    "más que|más de|menos que|menos de|mayor|mayores|menor|menores|superior|inferior|frente a|respecto|" +
    "respecto a|respecto de|en comparación|comparado con|aumentó|aumento|creció|crecimiento|subió|suba|" +
    "alza|bajó|baja|cayó|caída|redujo|reducción|disminuyó|disminución|duplicó|triplicó|recortó|recorte|" +
    "se triplicaron|se duplicaron|interanual|al menos|casi|cerca de|alrededor de|unos|unas|hasta|por encima|" +
    "por debajo|más|menos",
  record:
    "primer|primera|primero|primeros|único|única|récord|máximo|mínimo|más alto|más alta|más bajo|más baja|" +
    "más alta desde|más baja desde|por primera vez|nunca antes|histórico|historia|desde|fundado|fundada|" +
    "nació|creado|creada|el más|la más|los más|las más|mayor de|peor|mejor",
  causal:
    "porque|debido a|se debió|se debe a|causó|causa|causado|provocó|provoca|provocado|originó|a raíz de|" +
    "como consecuencia|por culpa de|gracias a|tras|después de que|luego de|por lo que|atribuyeron|" +
    "atribuye|impulsada por|impulsado por|obligó|obligaron|llevó a",
  law:
    "ley|leyes|constitución|constitucional|decreto|reglamento|norma|normas|artículo|código|tratado|" +
    "prohíbe|prohibió|prohibe|establece|estableció|obliga|exige|permite|permitió|fija|fijó|tope|" +
    "legal|ilegal|tribunal|juez|jueza|corte|fallo|sentencia|condena|según la ley",
  negation: "no|nunca|jamás|ni|ningún|ninguna|ninguno|nadie|nada|tampoco|sin",
  vague:
    "algunos|algunas|varios|varias|muchos|muchas|diversos|diversas|ciertos|ciertas|pocos|pocas|" +
    "bastante|a menudo|a veces|suele|generalmente|según trascendió|trascendió|al parecer|presuntamente|" +
    "supuestamente|gente|vecinos|otros|cosas",
  mood:
    "tensión|tenso|tensa|ambiente|clima de|silencio|silencioso|tranquilo|tranquila|calma|caótico|" +
    "acalorado|emotivo|emotiva|ruidoso|lleno|llena|vacío|vacía|aplausos|abucheos|murmullo|sol|lluvia|" +
    "calor|frío|huele|olor|ruido|momentos de|dividido|divididos|divididas",
  numberWord:
    "uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|" +
    "cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|cientos|mil|miles|docena|docenas|mitad|" +
    "tercio|cuarto|doble|triple|decena|decenas",
  magnitude:
    "millón|millones|mil millones|billones|por ciento|porcentaje|puntos porcentuales|puntos|dólares|" +
    "euros|pesos|soles|bolívares|reales|toneladas|kilómetros|metros|hectáreas|grados|votos|escaños|" +
    "empleos|casos|muertos|personas|hogares|familias",
  dateWord:
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|" +
    "agosto|septiembre|setiembre|octubre|noviembre|diciembre|hoy|esta noche|mañana|tarde|noche|semana|" +
    "mes|año|este lunes|este martes|este miércoles|este jueves|este viernes",
  pastTime:
    "ayer|anteayer|hace|el año pasado|el mes pasado|la semana pasada|anoche|antes|anteriormente|entonces|" +
    "en su momento|desde|entre|hasta ahora|en lo que va|ya",
  futureTime:
    "la próxima semana|el próximo mes|el próximo año|el año que viene|próximos días|próximas semanas|" +
    "próximos meses|en las próximas|a partir de|para fin de|antes de fin de|a fin de año|en el segundo semestre|" +
    "en primavera|en verano|en otoño|en invierno|pronto|mañana|pasado mañana|de cara a",
  question: "qué|quién|quiénes|por qué|cómo|cuándo|dónde|cuál|cuáles|cuánto|cuánta|cuántos|cuántas",
  boilerplate:
    "contacto de prensa|contacto para medios|acerca de|sobre la empresa|todos los derechos reservados|" +
    "aviso legal|fin del comunicado|nota del editor|con información de|foto|fotografía|archivo|crédito|" +
    "fuente:|texto y fotos",
};

export const ES_LEXICON = buildLexicon(ES);

/**
 * How a rule reads when the law is not named in the sentence ("Los privados podrán vender…",
 * "Los contratos temporales no podrán superar el 8 %"): permission, obligation, exemption. A form
 * followed by "que" (tendrá que) counts through `ES_RULE_BEFORE_QUE`.
 */
export const ES_RULE_WORDS: ReadonlySet<string> = new Set(
  "podrá podrán deberá deberán corresponde corresponden corresponderá requiere requieren requerirá prohibido prohibida prohibidos prohibidas obligado obligada obligados obligadas obligatorio obligatoria exento exenta exentos exentas".split(" "),
);
export const ES_RULE_BEFORE_QUE: ReadonlySet<string> = new Set(["tendrá", "tendrán"]);

/** What a law or rule does ("La Constitución prohíbe…"): with a law word, the content of a law. */
export const ES_LAW_VERBS: ReadonlySet<string> = new Set(
  "prohíbe prohiben establece establecen obliga obligan permite permiten exige exigen garantiza garantizan fija fijan dispone disponen contempla contemplan otorga otorgan impide impiden sanciona sancionan castiga castigan limita limitan exime eximen".split(" "),
);
