// Boilerplate of news pages in other languages than English: the same interface strings as lexicon.ts (advertising
// labels, comment sections, related-story boxes, share and click prompts, copyright lines) in Portuguese, Spanish,
// French, German, Italian, Dutch and Russian. Source: the standard translations of these strings in the WordPress
// core and default-theme language packs and in the share/comment widgets news sites embed, gathered by hand.
// Matched like lexicon.ts: against matchKey(line) (lower case, straight quotes, single spaces).
import type { Phrase } from './lexicon.js';

/** Whole-line labels (advertising, share, menus). */
export const INTL_LABELS = [
  // advertisement
  'publicidade', 'publicidad', 'anuncio', 'publicité', 'annonce', 'anzeige', 'werbung', 'pubblicità', 'advertentie', 'реклама',
  // share / print / send
  'compartilhe', 'compartilhar', 'compartir', 'partager', 'partagez', 'teilen', 'condividi', 'delen', 'поделиться',
  'imprimir', 'imprimer', 'drucken', 'stampa', 'enviar', 'envoyer', 'senden', 'invia',
  // read more
  'leia mais', 'leer más', 'lire la suite', 'en savoir plus', 'weiterlesen', 'mehr lesen', 'leggi di più', 'leggi tutto',
  'lees meer', 'читать далее', 'подробнее', 'ver mais', 'ver más', 'voir plus', 'mehr', 'altro',
  // subscribe / newsletter / log in
  'assine', 'assine já', 'suscríbete', 'suscribirse', "s'abonner", 'abonnez-vous', 'abonnieren', 'iscriviti', 'abonneren',
  'подписаться', 'entrar', 'iniciar sesión', 'connexion', 'se connecter', 'anmelden', 'accedi', 'inloggen', 'войти',
  // search / menu / home
  'buscar', 'pesquisar', 'rechercher', 'suche', 'cerca', 'zoeken', 'поиск', 'início', 'inicio', 'accueil', 'startseite',
  'главная', 'меню',
  // photo
  'foto', 'fotos', 'фото', 'фотографии', 'galeria', 'galería', 'galerie', 'galleria',
];

/** Whole-line headers of a comment section. */
export const INTL_COMMENT_LABELS = [
  'comentários', 'comentarios', 'comente', 'deixe um comentário', 'deja un comentario', 'deixe uma resposta',
  'deja una respuesta', 'commentaires', 'laisser un commentaire', 'laisser un commentaire', 'kommentare',
  'kommentar schreiben', 'schreibe einen kommentar', 'commenti', 'lascia un commento', 'reacties', 'laat een reactie achter',
  'комментарии', 'оставить комментарий', 'добавить комментарий', 'отзывы', 'добавить отзыв', 'оставить отзыв',
  'avaliações', 'opiniones', 'avis', 'bewertungen', 'recensioni',
];

/** Whole-line headers of related-story boxes. */
export const INTL_RELATED_LABELS = [
  'leia também', 'veja também', 'notícias relacionadas', 'posts relacionados', 'artigos relacionados', 'mais lidas',
  'lea también', 'noticias relacionadas', 'artículos relacionados', 'lo más leído', 'te puede interesar', 'lire aussi',
  'à lire aussi', 'a lire aussi', 'sur le même sujet', 'articles similaires', 'les plus lus', 'mehr zum thema',
  'das könnte sie auch interessieren', 'ähnliche artikel', 'meistgelesen', 'leggi anche', 'articoli correlati',
  'potrebbe interessarti anche', 'i più letti', 'lees ook', 'gerelateerde artikelen', 'читайте также', 'похожие статьи',
  'популярное', 'по теме', 'другие новости', 'выбор редакции', 'самые популярные', 'популярные статьи', 'читайте еще',
];

/** Phrases inside a line. Word edges are written as lookarounds on letters (\b does not know accented letters). */
export const INTL_PHRASES: Phrase[] = [
  { kind: 'copyright', re: /todos os direitos reservados|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|alle rechten voorbehouden|все права защищены|воспроизведение материалов/, maxWords: 40 },
  { kind: 'comments', re: /(?<!\p{L})(?:comentários|comentarios|commentaires|kommentare|commenti|комментари\p{L}*)(?!\p{L}).{0,120}(?<!\p{L})(?:moderador|moderados?|aprovados?|modérés?|moderiert|moderati|модератор\p{L}*)(?!\p{L})/u, strong: true },
  { kind: 'newsletter', re: /(?<!\p{L})(?:assine (?:a|nossa) newsletter|suscríbete a|inscrivez-vous à (?:notre|la) newsletter|newsletter abonnieren|iscriviti alla newsletter|подпишитесь на)(?!\p{L})/u },
  { kind: 'share', re: /^(?:compartilhe|compartir|partager|teilen|condividi|поделиться)(?: (?:no|en|sur|auf|su|в) \S+)?$/ },
  { kind: 'related', re: /^(?:leia também|veja também|lea también|lire aussi|à lire aussi|mehr zum thema|leggi anche|lees ook|читайте также)\s?:/ },
  { kind: 'cookies', re: /(?<!\p{L})(?:utilizamos cookies|usamos cookies|nous utilisons des cookies|wir verwenden cookies|utilizziamo (?:i )?cookie|wij gebruiken cookies|мы используем (?:файлы )?cookie)/u, strong: true },
];
