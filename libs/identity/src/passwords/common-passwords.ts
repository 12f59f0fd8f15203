/**
 * The passwords tried first by anyone guessing (the top of the public leak lists, and their Chinese-keyboard
 * favourites), lower-cased. Short on purpose: the length rule already refuses most of the list; these are the
 * 10-character-and-longer ones people still choose.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '12345678910', '123456789012', '0123456789', '0987654321', '1111111111', '1234512345', '1qaz2wsx3edc',
  '1q2w3e4r5t', '1q2w3e4r5t6y', 'qwertyuiop', 'qwerty12345', 'qwerty123456', 'asdfghjkl;', 'zxcvbnm123', 'password12',
  'password123', 'password1234', 'passw0rd123', 'iloveyou123', 'woaini1314', 'woaini520520', 'aa12345678', 'a123456789',
  'abc1234567', 'abcd123456', 'abcdefghij', 'administrator', 'admin12345', 'admin123456', 'welcome123', 'letmein123',
  'football123', 'baseball123', 'sunshine123', 'princess123', 'dragon1234', 'monkey1234', 'qazwsxedcrfv', '5201314520',
  '1314520520', '147258369a', '1472583690', '3141592653', 'changeme123', 'opensesame',
]);
