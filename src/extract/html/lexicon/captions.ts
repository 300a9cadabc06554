// Words of photo captions and credits, which are page furniture in the body (captions.ts).
//
// Where the words come from:
// - CREDIT_LABELS: the labels that introduce a picture credit in the caption styles of the AP Stylebook ("AP
//   Photo/…", "Photo by…", "Courtesy of…"), the Reuters and AFP handbooks, and their German, French, Spanish,
//   Italian and Portuguese counterparts in the press codes' credit rules ("Foto:", "Bild:", "Crédit photo :").
// - PICTURE_AGENCIES, CREDIT_SOURCE_WORDS: the international news and stock picture agencies and photo libraries
//   that such credits name (the main wire services and national agencies, the large stock libraries), plus
//   "file", "handout" and "pool", which the style books put in credits.
// Lower case; matched on word boundaries.

/** Labels that open a credit line ("Photo: Jane Doe/Reuters") or close a caption ("… (Photo: Jane Doe)"). */
export const CREDIT_LABELS: readonly string[] = [
  'photo', 'photos', 'photograph', 'photography', 'picture', 'pictures', 'image', 'images', 'credit', 'credits',
  'photo credit', 'image credit', 'image source', 'picture credit', 'photo by', 'photos by', 'photographed by',
  'image by', 'picture by', 'photo courtesy', 'photo courtesy of', 'courtesy of', 'courtesy', 'illustration',
  'illustration by', 'file photo', 'pool photo', 'handout photo', 'source',
  'foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'bildnachweis', 'quelle', 'foto von',
  'crédit', 'crédits', 'crédit photo', 'crédits photo', 'photo de', 'source photo',
  'fotografía', 'fotografia', 'imagen', 'imágenes', 'crédito', 'créditos', 'foto de', 'fuente',
  'immagine', 'immagini', 'foto di', 'crediti',
];

/** Picture agencies and libraries named in credits. */
export const PICTURE_AGENCIES: readonly string[] = [
  'ap', 'ap photo', 'ap images', 'associated press', 'afp', 'afp photo', 'reuters', 'getty', 'getty images', 'epa',
  'epa-efe', 'efe', 'dpa', 'picture alliance', 'picture-alliance', 'imago', 'imago images', 'keystone', 'ansa',
  'xinhua', 'anadolu', 'anadolu agency', 'kyodo', 'yonhap', 'tass', 'sipa', 'abaca', 'nurphoto', 'sopa images',
  'zuma', 'zuma press', 'zuma wire', 'rex', 'rex features', 'shutterstock', 'alamy', 'istock', 'istockphoto',
  'adobe stock', 'corbis', 'unsplash', 'pexels', 'pixabay', 'wikimedia commons', 'europa press', 'agencia efe',
  'lapresse', 'belga', 'ritzau', 'scanpix', 'hans lucas', 'fotolia',
];

/** Short agency names and credit words that are common words or letters elsewhere: they mark a credit only after
 *  a slash or a label, or inside a closing parenthesis ("Jane Doe/AP", "(AP Photo/…)", "(File/Reuters)"). */
export const CREDIT_SOURCE_WORDS: readonly string[] = ['ap', 'anp', 'tt', 'ntb', 'ctk', 'pap', 'apa', 'rex', 'file', 'handout', 'pool'];
