// The program's stdin: the text of the Input box, read by input() (taken when a run starts).
export function stdinText() {
  const box = document.getElementById('stdin');
  return box ? box.value : '';
}
