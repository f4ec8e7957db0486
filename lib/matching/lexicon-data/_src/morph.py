"""Inflection helpers for the ClaimDesk lexicon sources (English and Spanish)."""
import re

# ---------------------------------------------------------------- English
EN_IRR = {  # base: (past, participle)
 'arise':('arose','arisen'),'awake':('awoke','awoken'),'be':('was','been'),'bear':('bore','borne'),'beat':('beat','beaten'),
 'become':('became','become'),'begin':('began','begun'),'bend':('bent','bent'),'bet':('bet','bet'),'bid':('bid','bid'),
 'bind':('bound','bound'),'bite':('bit','bitten'),'bleed':('bled','bled'),'blow':('blew','blown'),'break':('broke','broken'),
 'breed':('bred','bred'),'bring':('brought','brought'),'broadcast':('broadcast','broadcast'),'build':('built','built'),
 'burn':('burned','burned'),'burst':('burst','burst'),'buy':('bought','bought'),'cast':('cast','cast'),'catch':('caught','caught'),
 'choose':('chose','chosen'),'cling':('clung','clung'),'come':('came','come'),'cost':('cost','cost'),'creep':('crept','crept'),
 'cut':('cut','cut'),'deal':('dealt','dealt'),'dig':('dug','dug'),'do':('did','done'),'draw':('drew','drawn'),'drink':('drank','drunk'),
 'drive':('drove','driven'),'eat':('ate','eaten'),'fall':('fell','fallen'),'feed':('fed','fed'),'feel':('felt','felt'),
 'fight':('fought','fought'),'find':('found','found'),'flee':('fled','fled'),'fly':('flew','flown'),'forbid':('forbade','forbidden'),
 'forecast':('forecast','forecast'),'foresee':('foresaw','foreseen'),'forget':('forgot','forgotten'),'forgive':('forgave','forgiven'),
 'freeze':('froze','frozen'),'get':('got','gotten'),'give':('gave','given'),'go':('went','gone'),'grind':('ground','ground'),
 'grow':('grew','grown'),'hang':('hung','hung'),'have':('had','had'),'hear':('heard','heard'),'hide':('hid','hidden'),
 'hit':('hit','hit'),'hold':('held','held'),'hurt':('hurt','hurt'),'keep':('kept','kept'),'know':('knew','known'),
 'lay':('laid','laid'),'lead':('led','led'),'lean':('leaned','leaned'),'leap':('leapt','leapt'),'learn':('learned','learned'),
 'leave':('left','left'),'lend':('lent','lent'),'let':('let','let'),'lie':('lay','lain'),'light':('lit','lit'),'lose':('lost','lost'),
 'make':('made','made'),'mean':('meant','meant'),'meet':('met','met'),'mislead':('misled','misled'),'offset':('offset','offset'),
 'outrun':('outran','outrun'),'overcome':('overcame','overcome'),'overtake':('overtook','overtaken'),'overthrow':('overthrew','overthrown'),
 'oversee':('oversaw','overseen'),'overrun':('overran','overrun'),'override':('overrode','overridden'),'pay':('paid','paid'),
 'prove':('proved','proven'),'put':('put','put'),'quit':('quit','quit'),'read':('read','read'),'rebuild':('rebuilt','rebuilt'),
 'redo':('redid','redone'),'repay':('repaid','repaid'),'rethink':('rethought','rethought'),'rewrite':('rewrote','rewritten'),
 'ride':('rode','ridden'),'ring':('rang','rung'),'rise':('rose','risen'),'run':('ran','run'),'say':('said','said'),'see':('saw','seen'),
 'seek':('sought','sought'),'sell':('sold','sold'),'send':('sent','sent'),'set':('set','set'),'shake':('shook','shaken'),
 'shed':('shed','shed'),'shine':('shone','shone'),'shoot':('shot','shot'),'show':('showed','shown'),'shrink':('shrank','shrunk'),
 'shut':('shut','shut'),'sing':('sang','sung'),'sink':('sank','sunk'),'sit':('sat','sat'),'sleep':('slept','slept'),
 'slide':('slid','slid'),'speak':('spoke','spoken'),'speed':('sped','sped'),'spend':('spent','spent'),'spill':('spilled','spilled'),
 'spin':('spun','spun'),'split':('split','split'),'spread':('spread','spread'),'spring':('sprang','sprung'),'stand':('stood','stood'),
 'steal':('stole','stolen'),'stick':('stuck','stuck'),'sting':('stung','stung'),'strike':('struck','struck'),'strive':('strove','striven'),
 'swear':('swore','sworn'),'sweep':('swept','swept'),'swim':('swam','swum'),'swing':('swung','swung'),'take':('took','taken'),
 'teach':('taught','taught'),'tear':('tore','torn'),'tell':('told','told'),'think':('thought','thought'),'throw':('threw','thrown'),
 'undergo':('underwent','undergone'),'underpin':('underpinned','underpinned'),'understand':('understood','understood'),
 'undertake':('undertook','undertaken'),'undo':('undid','undone'),'upset':('upset','upset'),'uphold':('upheld','upheld'),
 'wake':('woke','woken'),'wear':('wore','worn'),'weep':('wept','wept'),'win':('won','won'),'wind':('wound','wound'),
 'withdraw':('withdrew','withdrawn'),'withhold':('withheld','withheld'),'withstand':('withstood','withstood'),'write':('wrote','written'),
 'outbid':('outbid','outbid'),'input':('input','input'),'output':('output','output'),'outgrow':('outgrew','outgrown'),
 'outnumber':('outnumbered','outnumbered'),'mistake':('mistook','mistaken'),'misunderstand':('misunderstood','misunderstood'),
 'oversell':('oversold','oversold'),'overspend':('overspent','overspent'),'underestimate':('underestimated','underestimated'),
 'outsell':('outsold','outsold'),'overpay':('overpaid','overpaid'),'underpay':('underpaid','underpaid'),'upend':('upended','upended'),
 'broadcast':('broadcast','broadcast'),'telecast':('telecast','telecast'),'podcast':('podcast','podcast'),'sublet':('sublet','sublet'),
 'reset':('reset','reset'),'resell':('resold','resold'),'retell':('retold','retold'),'rerun':('reran','rerun'),'recast':('recast','recast'),
 'reread':('reread','reread'),'outdo':('outdid','outdone'),'overhear':('overheard','overheard'),'overdo':('overdid','overdone'),
 'bring':('brought','brought'),'forego':('forewent','foregone'),'forgo':('forwent','forgone'),'inlay':('inlaid','inlaid'),
 'mow':('mowed','mown'),'saw':('sawed','sawn'),'sew':('sewed','sewn'),'sow':('sowed','sown'),'swell':('swelled','swollen'),
 'dive':('dove','dived'),'plead':('pleaded','pleaded'),'dream':('dreamed','dreamed'),'spoil':('spoiled','spoiled'),
 'hang':('hanged','hanged'),'slay':('slew','slain'),'stink':('stank','stunk'),'tread':('trod','trodden'),'weave':('wove','woven'),
 'fit':('fitted','fitted'),'wed':('wed','wed'),'thrust':('thrust','thrust'),'spit':('spat','spat'),'shear':('sheared','shorn'),
 'handwrite':('handwrote','handwritten'),'outshine':('outshone','outshone'),'overfly':('overflew','overflown'),
 'overeat':('overate','overeaten'),'overhang':('overhung','overhung'),'underbid':('underbid','underbid'),'undercut':('undercut','undercut'),
 'outlay':('outlaid','outlaid'),'waylay':('waylaid','waylaid'),'mislay':('mislaid','mislaid'),'misspend':('misspent','misspent'),
 'misread':('misread','misread'),'miscast':('miscast','miscast'),'outride':('outrode','outridden'),'outfight':('outfought','outfought'),
 'overdraw':('overdrew','overdrawn'),'overshoot':('overshot','overshot'),'overstep':('overstepped','overstepped'),
 'oversleep':('overslept','overslept'),'overtake':('overtook','overtaken'),'overwrite':('overwrote','overwritten'),
 'stride':('strode','stridden'),'string':('strung','strung'),'sling':('slung','slung'),'slink':('slunk','slunk'),'fling':('flung','flung'),
 'dwell':('dwelt','dwelt'),'kneel':('knelt','knelt'),'spell':('spelled','spelled'),'smell':('smelled','smelled'),
}
EN_3S = {'be':'is','have':'has','do':'does','go':'goes','undergo':'undergoes','redo':'redoes','undo':'undoes','outdo':'outdoes',
         'veto':'vetoes','echo':'echoes','torpedo':'torpedoes','embargo':'embargoes','forego':'foregoes','forgo':'forgoes','overdo':'overdoes'}
EN_ING = {'be':'being','lie':'lying','die':'dying','tie':'tying','vie':'vying','see':'seeing','flee':'fleeing','agree':'agreeing',
          'free':'freeing','guarantee':'guaranteeing','referee':'refereeing','foresee':'foreseeing','oversee':'overseeing',
          'disagree':'disagreeing','singe':'singeing','dye':'dyeing','eye':'eyeing','hoe':'hoeing','canoe':'canoeing','shoe':'shoeing',
          'tiptoe':'tiptoeing','age':'ageing','quit':'quitting'}
EN_PAST_REG = {'panic':'panicked','traffic':'trafficked','mimic':'mimicked','picnic':'picnicked','frolic':'frolicked','die':'died',
               'lie_tell':'lied','tie':'tied','vie':'vied'}
EN_DOUBLE = set('''admit commit submit permit omit emit transmit remit refer prefer confer defer deter infer occur incur recur concur
regret control patrol compel expel propel repel dispel rebel equip acquit outwit forget begin upset offset beset forbid kidnap
handicap overlap unwrap embed abet allot outbid rebut extol enrol instil annul befit overstep sidestep outstrip underpin
outrun overrun rerun reset sublet undercut input output format unplug unzip worship fulfil program transfer'''.split())
EN_BRIT_L = set('''travel cancel label model fuel signal level total channel counsel equal rival dial marvel quarrel tunnel shovel
parcel pencil stencil libel refuel tunnel unravel grovel jewel cudgel initial'''.split())
EN_NODOUBLE_MONO = set('''fix mix tax wax box vex flex''').split() if False else set()
VOW = 'aeiou'

def _mono_cvc(w):
    # single syllable, ends consonant-vowel-consonant (not w,x,y)
    if len(w) < 3 or w[-1] in VOW + 'wxy' or w[-2] not in VOW or w[-3] in VOW:
        return False
    groups = re.findall(r'[aeiouy]+', w[:-1])
    return len(groups) == 1 and not w.startswith('qu') or (w.startswith('qu') and len(re.findall(r'[aeiou]+', w[2:-1])) == 1 and w[-2] in VOW)

def _double(w):
    return w in EN_DOUBLE or _mono_cvc(w)

def en_3s(b):
    if b in EN_3S: return EN_3S[b]
    if re.search(r'(s|x|z|ch|sh)$', b): return b + 'es'
    if re.search(r'[^aeiou]y$', b): return b[:-1] + 'ies'
    return b + 's'

def en_ing(b):
    if b in EN_ING: return EN_ING[b]
    if b.endswith('ie'): return b[:-2] + 'ying'
    if b.endswith('ee') or b.endswith('ye') or b.endswith('oe'): return b + 'ing'
    if b.endswith('e') and len(b) > 2: return b[:-1] + 'ing'
    if b.endswith('c') and b in EN_PAST_REG: return b + 'king'
    if _double(b): return b + b[-1] + 'ing'
    return b + 'ing'

def en_past_reg(b):
    if b in EN_PAST_REG: return EN_PAST_REG[b]
    if b.endswith('e'): return b + 'd'
    if re.search(r'[^aeiou]y$', b): return b[:-1] + 'ied'
    if _double(b): return b + b[-1] + 'ed'
    return b + 'ed'

def en_verb(base):
    """All news forms of an English verb; phrasal verbs inflect their first word."""
    parts = base.split(' ', 1)
    head, rest = parts[0], (' ' + parts[1] if len(parts) > 1 else '')
    forms = [head]
    forms.append(en_3s(head))
    if head in EN_IRR:
        p, pp = EN_IRR[head]
        forms += [p, pp]
        if head == 'get': forms.append('got')
        if head == 'prove': forms.append('proved')
        if head in ('burn','learn','spell','smell','dream','spoil','leap','spill','lean','dwell','kneel'):
            forms.append({'burn':'burnt','learn':'learnt','spell':'spelt','smell':'smelt','dream':'dreamt','spoil':'spoilt',
                          'leap':'leaped','spill':'spilt','lean':'leant','dwell':'dwelled','kneel':'kneeled'}[head])
        if head == 'be': forms += ['were', 'are']
        if head == 'fit': forms.append('fit')
        if head == 'dive': forms.append('dived')
        if head == 'speed': forms.append('speeded')
        if head == 'light': forms.append('lighted')
    else:
        forms.append(en_past_reg(head))
    if head in EN_BRIT_L:
        forms += [head + 'led', head + 'ling']
    forms.append(en_ing(head))
    out = []
    for f in forms:
        f = f + rest
        if f not in out: out.append(f)
    return out

EN_PL_IRR = {'man':'men','woman':'women','child':'children','person':'people','foot':'feet','tooth':'teeth','mouse':'mice',
 'criterion':'criteria','phenomenon':'phenomena','crisis':'crises','analysis':'analyses','basis':'bases','thesis':'theses',
 'hypothesis':'hypotheses','diagnosis':'diagnoses','prognosis':'prognoses','synopsis':'synopses','oasis':'oases','axis':'axes',
 'nucleus':'nuclei','fungus':'fungi','bacterium':'bacteria','curriculum':'curricula','memorandum':'memoranda','stimulus':'stimuli',
 'index':'indices','appendix':'appendices','matrix':'matrices','vertebra':'vertebrae','alga':'algae','larva':'larvae',
 'life':'lives','wife':'wives','knife':'knives','thief':'thieves','half':'halves','shelf':'shelves','leaf':'leaves','wolf':'wolves',
 'calf':'calves','loaf':'loaves','self':'selves','hero':'heroes','veto':'vetoes','embargo':'embargoes','tomato':'tomatoes',
 'potato':'potatoes','torpedo':'torpedoes','echo':'echoes','volcano':'volcanoes','tornado':'tornadoes','cargo':'cargoes',
 'mosquito':'mosquitoes','goose':'geese','ox':'oxen','louse':'lice','die':'dice','passerby':'passersby','datum':'data',
 'medium':'media','millennium':'millennia','referendum':'referendums','stadium':'stadiums','forum':'forums','virus':'viruses',
 'bus':'buses','gas':'gases','census':'censuses','status':'statuses','campus':'campuses','bonus':'bonuses','consensus':'consensuses',
 'thesis':'theses','emphasis':'emphases','parenthesis':'parentheses','ellipsis':'ellipses','quiz':'quizzes','fez':'fezzes',
 'human':'humans','german':'germans','roman':'romans','shaman':'shamans','talisman':'talismans','ottoman':'ottomans','caiman':'caimans'}

def en_plural_word(w):
    if w in EN_PL_IRR: return EN_PL_IRR[w]
    if w.endswith('man') and w not in EN_PL_IRR: return w[:-3] + 'men'
    if re.search(r'(s|x|z|ch|sh)$', w): return w + 'es'
    if re.search(r'[^aeiou]y$', w): return w[:-1] + 'ies'
    return w + 's'

PREPS_EN = {'of','in','for','at','to','on','from','with','under','by','against'}
def en_plural(phrase):
    ws = phrase.split(' ')
    for i, w in enumerate(ws):
        if i > 0 and w in PREPS_EN:
            ws[i-1] = en_plural_hy(ws[i-1]); return ' '.join(ws)
    ws[-1] = en_plural_hy(ws[-1])
    return ' '.join(ws)

def en_plural_hy(w):
    if '-' in w:
        a = w.split('-'); a[-1] = en_plural_word(a[-1]); return '-'.join(a)
    return en_plural_word(w)

# ---------------------------------------------------------------- Spanish
ACC = str.maketrans('aeiou', 'áéíóú')
UNACC = str.maketrans('áéíóú', 'aeiou')
def has_acc(w): return any(c in 'áéíóú' for c in w)

# irregular bases: pres3s, pres3p, pret3s, pret3p, impf3s, fut3s, part, ger
ES_IRR = {
 'tener':('tiene','tienen','tuvo','tuvieron','tenía','tendrá','tenido','teniendo'),
 'poner':('pone','ponen','puso','pusieron','ponía','pondrá','puesto','poniendo'),
 'hacer':('hace','hacen','hizo','hicieron','hacía','hará','hecho','haciendo'),
 'venir':('viene','vienen','vino','vinieron','venía','vendrá','venido','viniendo'),
 'decir':('dice','dicen','dijo','dijeron','decía','dirá','dicho','diciendo'),
 'traer':('trae','traen','trajo','trajeron','traía','traerá','traído','trayendo'),
 'ducir':('duce','ducen','dujo','dujeron','ducía','ducirá','ducido','duciendo'),
 'salir':('sale','salen','salió','salieron','salía','saldrá','salido','saliendo'),
 'caer':('cae','caen','cayó','cayeron','caía','caerá','caído','cayendo'),
 'valer':('vale','valen','valió','valieron','valía','valdrá','valido','valiendo'),
 'ir':('va','van','fue','fueron','iba','irá','ido','yendo'),
 'ser':('es','son','fue','fueron','era','será','sido','siendo'),
 'estar':('está','están','estuvo','estuvieron','estaba','estará','estado','estando'),
 'dar':('da','dan','dio','dieron','daba','dará','dado','dando'),
 'ver':('ve','ven','vio','vieron','veía','verá','visto','viendo'),
 'prever':('prevé','prevén','previó','previeron','preveía','preverá','previsto','previendo'),
 'poder':('puede','pueden','pudo','pudieron','podía','podrá','podido','pudiendo'),
 'querer':('quiere','quieren','quiso','quisieron','quería','querrá','querido','queriendo'),
 'saber':('sabe','saben','supo','supieron','sabía','sabrá','sabido','sabiendo'),
 'haber':('ha','han','hubo','hubieron','había','habrá','habido','habiendo'),
 'andar':('anda','andan','anduvo','anduvieron','andaba','andará','andado','andando'),
 'oír':('oye','oyen','oyó','oyeron','oía','oirá','oído','oyendo'),
 'satisfacer':('satisface','satisfacen','satisfizo','satisficieron','satisfacía','satisfará','satisfecho','satisfaciendo'),
 'escribir':('escribe','escriben','escribió','escribieron','escribía','escribirá','escrito','escribiendo'),
 'argüir':('arguye','arguyen','arguyó','arguyeron','argüía','argüirá','argüido','arguyendo'),
 'aunar':('aúna','aúnan','aunó','aunaron','aunaba','aunará','aunado','aunando'),
 'rehacer':('rehace','rehacen','rehízo','rehicieron','rehacía','rehará','rehecho','rehaciendo'),
 'adquirir':('adquiere','adquieren','adquirió','adquirieron','adquiría','adquirirá','adquirido','adquiriendo'),
 'reír':('ríe','ríen','rio','rieron','reía','reirá','reído','riendo'),
 'sonreír':('sonríe','sonríen','sonrió','sonrieron','sonreía','sonreirá','sonreído','sonriendo'),
 'freír':('fríe','fríen','frio','frieron','freía','freirá','frito','friendo'),
 'proveer':('provee','proveen','proveyó','proveyeron','proveía','proveerá','provisto','proveyendo'),
 'imprimir':('imprime','imprimen','imprimió','imprimieron','imprimía','imprimirá','impreso','imprimiendo'),
 'jugar':('juega','juegan','jugó','jugaron','jugaba','jugará','jugado','jugando'),
 'oler':('huele','huelen','olió','olieron','olía','olerá','olido','oliendo'),
 'errar':('yerra','yerran','erró','erraron','erraba','errará','errado','errando'),
 'caber':('cabe','caben','cupo','cupieron','cabía','cabrá','cabido','cabiendo'),
 'reunir':('reúne','reúnen','reunió','reunieron','reunía','reunirá','reunido','reuniendo'),
 'prohibir':('prohíbe','prohíben','prohibió','prohibieron','prohibía','prohibirá','prohibido','prohibiendo'),
 'rehusar':('rehúsa','rehúsan','rehusó','rehusaron','rehusaba','rehusará','rehusado','rehusando'),
 'aislar':('aísla','aíslan','aisló','aislaron','aislaba','aislará','aislado','aislando'),
 'cohibir':('cohíbe','cohíben','cohibió','cohibieron','cohibía','cohibirá','cohibido','cohibiendo'),
 'enraizar':('enraíza','enraízan','enraizó','enraizaron','enraizaba','enraizará','enraizado','enraizando'),
 'morir':('muere','mueren','murió','murieron','moría','morirá','muerto','muriendo'),
 'abrir':('abre','abren','abrió','abrieron','abría','abrirá','abierto','abriendo'),
 'reabrir':('reabre','reabren','reabrió','reabrieron','reabría','reabrirá','reabierto','reabriendo'),
 'cubrir':('cubre','cubren','cubrió','cubrieron','cubría','cubrirá','cubierto','cubriendo'),
 'romper':('rompe','rompen','rompió','rompieron','rompía','romperá','roto','rompiendo'),
 'predecir':('predice','predicen','predijo','predijeron','predecía','predecirá','predicho','prediciendo'),
 'contradecir':('contradice','contradicen','contradijo','contradijeron','contradecía','contradirá','contradicho','contradiciendo'),
 'bendecir':('bendice','bendicen','bendijo','bendijeron','bendecía','bendecirá','bendecido','bendiciendo'),
 'maldecir':('maldice','maldicen','maldijo','maldijeron','maldecía','maldecirá','maldecido','maldiciendo'),
 'resolver':('resuelve','resuelven','resolvió','resolvieron','resolvía','resolverá','resuelto','resolviendo'),
 'disolver':('disuelve','disuelven','disolvió','disolvieron','disolvía','disolverá','disuelto','disolviendo'),
 'absolver':('absuelve','absuelven','absolvió','absolvieron','absolvía','absolverá','absuelto','absolviendo'),
 'volver':('vuelve','vuelven','volvió','volvieron','volvía','volverá','vuelto','volviendo'),
 'devolver':('devuelve','devuelven','devolvió','devolvieron','devolvía','devolverá','devuelto','devolviendo'),
 'envolver':('envuelve','envuelven','envolvió','envolvieron','envolvía','envolverá','envuelto','envolviendo'),
 'revolver':('revuelve','revuelven','revolvió','revolvieron','revolvía','revolverá','revuelto','revolviendo'),
 'desenvolver':('desenvuelve','desenvuelven','desenvolvió','desenvolvieron','desenvolvía','desenvolverá','desenvuelto','desenvolviendo'),
}
ES_COMPOUND_BASES = ['tener','poner','hacer','venir','decir','traer','ducir','salir','caer','scribir','cubrir','abrir','oír']
ES_NOT_COMPOUND = {'bendecir','maldecir'}

E_IE = set('''cerrar empezar comenzar pensar despertar gobernar recomendar encomendar calentar negar renegar sentar fregar nevar
manifestar confesar atravesar apretar sembrar quebrar acertar enterrar desterrar regar temblar tropezar despertar alentar
desalentar concertar desconcertar merendar reventar segar serrar plegar desplegar replegar cegar restregar arrendar
defender entender extender descender ascender encender tender atender contender adherir helar deshelar denegar enmendar distender perder querer verter
invertir convertir divertir advertir revertir preferir sugerir referir transferir conferir diferir inferir herir mentir
desmentir sentir consentir presentir resentir requerir hervir digerir ingerir injerir sobreentender subarrendar empezar
reempezar recomenzar'''.split())
O_UE = set('''contar descontar recontar costar mostrar demostrar encontrar recordar acordar aprobar desaprobar reprobar probar
comprobar volar sobrevolar soltar sonar resonar soñar rodar renovar colgar descolgar consolar mover promover remover conmover
llover doler morder soler dormir forzar reforzar esforzar almorzar torcer retorcer cocer acostar avergonzar apostar tostar
poblar despoblar repoblar rogar trocar volcar revolcar concordar discordar degollar mostrar aprobar tronar encontrar
morir demoler'''.split())
E_I = set('''pedir impedir despedir expedir servir repetir competir medir seguir conseguir perseguir proseguir elegir reelegir
corregir regir vestir investir revestir rendir gemir concebir derretir teñir ceñir reñir'''.split())
IAR_ACC = set('''aliar enviar reenviar ampliar confiar desconfiar desafiar variar guiar vaciar espiar criar desviar fotografiar esquiar
liar fiar averiar enfriar resfriar rociar hastiar contrariar extraviar ataviar piar porfiar expiar amnistiar telegrafiar
radiografiar chirriar malcriar'''.split())
NOACC_UAR = set('adecuar evacuar licuar'.split())

def _stem_change(stem, a, b):
    i = stem.rfind(a)
    if i < 0: raise ValueError('no %s in %s' % (a, stem))
    return stem[:i] + b + stem[i+1:]

def _in_set(verb, s):
    if verb in s: return True
    return any(verb.endswith(x) and len(verb) > len(x) and x in ('seguir','pedir','elegir','vertir','ferir','sentir','mentir',
               'ducir','tender','ponder') for x in s)

def es_core(inf):
    """(pres3s, pres3p, pret3s, pret3p, impf3s, impf3p, fut3s, fut3p, part, ger) for a Spanish infinitive."""
    if inf in ES_IRR:
        t = ES_IRR[inf]
        return _pack(inf, t)
    if inf not in ES_NOT_COMPOUND:
        for base in ES_COMPOUND_BASES:
            if inf.endswith(base) and inf != base and base in ES_IRR:
                pre = inf[:-len(base)]
                t = tuple(pre + x for x in ES_IRR[base])
                # accent: compounds of monosyllabic-stem forms keep as is (mantiene, propone, deshace)
                return _pack(inf, t)
            if inf.endswith(base) and inf != base and base == 'scribir':
                pre = inf[:-len(base)]
                st = inf[:-2]
                t = (st+'e', st+'en', st+'ió', st+'ieron', st+'ía', inf+'á', pre+'scrito', st+'iendo')
                return _pack(inf, t)
            if inf.endswith(base) and inf != base and base in ('cubrir', 'abrir', 'oír'):
                pre = inf[:-len(base)]
                t = tuple(pre + x for x in ES_IRR[base])
                return _pack(inf, t)
    end = inf[-2:]; st = inf[:-2]
    if end not in ('ar', 'er', 'ir', 'ír'):
        raise ValueError('not an infinitive: ' + inf)
    # present stem
    ps = st; pt = st  # present-stem, preterite-3rd-stem
    if inf in E_IE or (end == 'ir' and _in_set(inf, E_IE)):
        ps = _stem_change(st, 'e', 'ie')
        if end == 'ir': pt = _stem_change(st, 'e', 'i')
    elif inf in O_UE:
        ps = _stem_change(st, 'o', 'ue')
        if end == 'ir': pt = _stem_change(st, 'o', 'u')
    elif end == 'ir' and _in_set(inf, E_I):
        ps = _stem_change(st, 'e', 'i'); pt = ps
    if end == 'ar':
        if inf in IAR_ACC: ps = ps[:-1] + 'í'
        elif inf.endswith('uar') and not inf.endswith(('guar', 'cuar')) and inf not in NOACC_UAR: ps = ps[:-1] + 'ú'
        return _pack(inf, (ps+'a', ps+'an', st+'ó', st+'aron', st+'aba', inf+'á', st+'ado', st+'ando'), impf_p=st+'aban')
    vowel_stem = st[-1:] in 'aeo' and end == 'er'
    uir = end == 'ir' and inf.endswith('uir') and not inf.endswith(('guir', 'quir'))
    if vowel_stem:
        return _pack(inf, (st+'e', st+'en', st+'yó', st+'yeron', st+'ía', inf+'á', st+'ído', st+'yendo'))
    if uir:
        return _pack(inf, (st+'ye', st+'yen', st+'yó', st+'yeron', st+'ía', inf+'á', st+'ido', st+'yendo'))
    if st.endswith('ñ') or st.endswith('ll'):  # tañer, bullir: -ó, -eron
        return _pack(inf, (ps+'e', ps+'en', pt+'ó', pt+'eron', st+'ía', inf+'á', st+'ido', pt+'endo'))
    return _pack(inf, (ps+'e', ps+'en', pt+'ió', pt+'ieron', st+'ía', inf+'á', st+'ido', pt+'iendo'))

def _pack(inf, t, impf_p=None):
    p3s, p3p, pr3s, pr3p, imp, fut, part, ger = t
    return [inf, p3s, p3p, pr3s, pr3p, imp, impf_p or imp + 'n', fut, fut[:-1] + 'án', part,
            part[:-1] + 'a', part + 's', part[:-1] + 'as', ger]

def es_verb(v):
    """All news forms of a Spanish verb; reflexive -se and multi-word verbs handled (first word inflects)."""
    parts = v.split(' ', 1)
    head, rest = parts[0], (' ' + parts[1] if len(parts) > 1 else '')
    refl = False
    if head.endswith('se') and head[:-2][-2:] in ('ar', 'er', 'ir', 'ír'):
        refl = True; head = head[:-2]
    forms = es_core(head)
    out = []
    if refl: out.append(head + 'se' + rest)
    for i, f in enumerate(forms):
        if refl and i == 0: continue
        f = f + rest
        if f not in out: out.append(f)
    return out

def _stress_last(w):
    """True if an unaccented Spanish word is stressed on the last syllable (ends in consonant other than n/s)."""
    return w[-1] not in 'aeiouns'

def es_plural_word(w):
    if w in ES_PL_IRR: return ES_PL_IRR[w]
    last = w[-1]
    if last in 'aeiouáéó': return w + 's'
    if last in 'íú': return w + 'es'
    if w.endswith('z'): return w[:-1] + 'ces'
    if re.search(r'[áéíóú][ns]$', w):  # nación, interés, alemán
        return w[:-2] + w[-2].translate(UNACC) + w[-1] + 'es'
    if last == 's' or last == 'x':
        if has_acc(w[:-1]) or len(re.findall(r'[aeiou]+', w)) > 1: return w  # crisis, análisis, virus
        return w + 'es'   # mes, gas, país handled above
    if last == 'n':
        if has_acc(w): return w + 'es'
        nvow = len(re.findall(r'[aeiouáéíóú]+', w))
        if nvow == 1: return w + 'es'  # tren, plan
        raise ValueError('plural needs accent, give it explicitly: ' + w)
    if last == 'y': return w[:-1] + 'yes' if len(w) <= 4 else w[:-1] + 'is'
    if last in 'lrdj': return w + 'es'
    return w + 's'   # foreign: chip, robot, test

ES_PL_IRR = {'primer':'primeros','gran':'grandes','buen':'buenos','mal':'males','tercer':'terceros','ley':'leyes','rey':'reyes',
 'buey':'bueyes','hoy':'hoyes','jersey':'jerséis','carácter':'caracteres','régimen':'regímenes','espécimen':'especímenes',
 'club':'clubes','récord':'récords','déficit':'déficits','superávit':'superávits','máster':'másteres','álbum':'álbumes',
 'currículum':'currículos','tic':'tics','pub':'pubs','test':'tests','chip':'chips','robot':'robots','web':'webs','blog':'blogs',
 'joven':'jóvenes','examen':'exámenes','origen':'orígenes','imagen':'imágenes','crimen':'crímenes','volumen':'volúmenes',
 'margen':'márgenes','orden':'órdenes','virgen':'vírgenes','resumen':'resúmenes','dictamen':'dictámenes','certamen':'certámenes',
 'abdomen':'abdómenes','germen':'gérmenes','canon':'cánones','polen':'pólenes','dolmen':'dólmenes','lumen':'lúmenes','gen':'genes',
 'cóctel':'cócteles','fútbol':'fútboles','dólar':'dólares','hámster':'hámsteres','líder':'líderes','mártir':'mártires',
 'ídem':'ídem','referéndum':'referendos','memorándum':'memorandos','ultimátum':'ultimátums','champú':'champús','menú':'menús',
 'tabú':'tabúes','bisturí':'bisturís','esquí':'esquís','ambigú':'ambigús','país':'países','maíz':'maíces','raíz':'raíces',
 'mes':'meses','gas':'gases','tos':'toses','as':'ases','dios':'dioses','res':'reses','bus':'buses','autobús':'autobuses',
 'estrés':'estrés','iraquí':'iraquíes','israelí':'israelíes','marroquí':'marroquíes','paquistaní':'paquistaníes',
 'hindú':'hindúes','bantú':'bantúes','sij':'sijs','reloj':'relojes','cárcel':'cárceles','árbol':'árboles','lápiz':'lápices',
 'cáncer':'cánceres','huésped':'huéspedes','césped':'céspedes','ámbar':'ámbares','azúcar':'azúcares','revólver':'revólveres',
 'fórum':'fórums','quórum':'quórums','hachís':'hachís','cibercrimen':'cibercrímenes','desorden':'desórdenes','eslogan':'eslóganes',
 'barman':'barmans','plan':'planes','tren':'trenes','pan':'panes','fin':'fines','don':'dones','son':'sones','ron':'rones',
 'mitin':'mítines','cómic':'cómics','clic':'clics','tuit':'tuits','bit':'bits','set':'sets','kit':'kits','ranking':'rankings',
 'hacker':'hackers','bitcóin':'bitcoines','e-mail':'e-mails','stand':'stands','sprint':'sprints','dron':'drones','ion':'iones',
 'fan':'fans','ítem':'ítems','tótem':'tótems','zinc':'zincs','fax':'faxes','box':'boxes','tórax':'tórax','clímax':'clímax'}

PREPS_ES = {'de','del','a','al','en','para','por','con','sin','sobre','contra','entre','hacia','hasta','desde','y','o','e','u','tras','según','bajo','ante','que','como'}
def es_plural(phrase):
    ws = phrase.split(' ')
    out = []
    stop = False
    for w in ws:
        if stop or w in PREPS_ES or not re.match(r'^[a-záéíóúüñ-]+$', w):
            stop = stop or w in PREPS_ES
            out.append(w); continue
        out.append(es_plural_word(w) if '-' not in w else '-'.join(w.split('-')[:-1] + [es_plural_word(w.split('-')[-1])]))
    return ' '.join(out)

def es_fem_word(w):
    if w.endswith('o'): return w[:-1] + 'a'
    if w.endswith('or'): return w + 'a'
    if re.search(r'[éáíó]n$', w) or w.endswith('és'):
        return w[:-2] + w[-2].translate(UNACC) + w[-1] + 'a'
    if w.endswith(('ol', 'ín', 'án', 'ón')): return w + 'a'
    if w in ('primer',): return 'primera'
    if w in ('gran',): return 'gran'
    if w.endswith('l') and w in ('español',): return w + 'a'
    return w   # invariable: -e, -ista, -al, -ar ...

def es_fem(phrase):
    ws = phrase.split(' ')
    out = []; stop = False
    for w in ws:
        if stop or w in PREPS_ES:
            stop = True; out.append(w); continue
        out.append(es_fem_word(w))
    return ' '.join(out)

def es_gender(phrase):
    m = phrase; f = es_fem(phrase)
    res = [m, f, es_plural(m), es_plural(f)]
    out = []
    for x in res:
        if x not in out: out.append(x)
    return out
