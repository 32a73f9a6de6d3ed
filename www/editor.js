// The program editor: CodeMirror 6 with Python highlighting, line numbers, the line of the current
// step highlighted, diagnostics underlined, Ctrl/Cmd+Enter to run and a click on a line number to
// jump to when that line ran.
import { EditorState, Compartment, StateEffect, StateField, RangeSetBuilder } from '@codemirror/state';
import {
  EditorView,
  Decoration,
  keymap,
  lineNumbers,
  highlightActiveLineGutter,
  drawSelection,
  highlightSpecialChars,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { indentOnInput, bracketMatching, syntaxHighlighting, LanguageSupport } from '@codemirror/language';
import { classHighlighter } from '@lezer/highlight';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { pythonLanguage } from '@codemirror/lang-python';

const setStepLine = StateEffect.define();

// The line executing at the current step, as a line decoration.
const stepLineField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setStepLine)) continue;
      const line = effect.value;
      if (line == null || line < 1 || line > tr.state.doc.lines) {
        deco = Decoration.none;
      } else {
        const builder = new RangeSetBuilder();
        builder.add(tr.state.doc.line(line).from, tr.state.doc.line(line).from, stepLineDeco);
        deco = builder.finish();
      }
    }
    return deco;
  },
  provide: (field) => EditorView.decorations.from(field),
});
const stepLineDeco = Decoration.line({ class: 'cm-step-line', attributes: { 'aria-current': 'step' } });

const readOnlyExtension = (flag) => [EditorState.readOnly.of(flag), EditorView.editable.of(!flag)];

/**
 * @param {HTMLElement} parent
 * @param {{doc: string, label: string, onRun: () => void, onChange: (text: string) => void,
 *          onLineClick: (line: number) => void, readOnly?: boolean}} options
 */
export function createEditor(parent, options) {
  const label = new Compartment();
  const readOnly = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers({
          domEventHandlers: {
            click(view, block) {
              options.onLineClick(view.state.doc.lineAt(block.from).number);
              return true;
            },
          },
        }),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        // tok-* classes, coloured by style.css for both themes.
        syntaxHighlighting(classHighlighter),
        // The language alone: python()'s completion sources would pull in the autocompletion
        // package, and the editor offers no completion.
        new LanguageSupport(pythonLanguage),
        lintGutter(),
        stepLineField,
        EditorState.tabSize.of(4),
        label.of(EditorView.contentAttributes.of({ 'aria-label': options.label })),
        readOnly.of(readOnlyExtension(!!options.readOnly)),
        keymap.of([
          { key: 'Mod-Enter', run: () => (options.onRun(), true) },
          {
            // Keyboard twin of clicking a line number: jump to when the cursor's line ran.
            key: 'Alt-j',
            run: (view) => {
              options.onLineClick(view.state.doc.lineAt(view.state.selection.main.head).number);
              return true;
            },
          },
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    setLabel(text) {
      view.dispatch({ effects: label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': text })) });
    },
    setReadOnly(flag) {
      view.dispatch({ effects: readOnly.reconfigure(readOnlyExtension(flag)) });
    },
    /** Highlights the line of the current step (null clears it). */
    setStepLine(line) {
      view.dispatch({ effects: setStepLine.of(line) });
    },
    /** Underlines engine diagnostics ({kind, message, line, column, end_line, end_column}). */
    setDiagnostics(diagnostics) {
      const doc = view.state.doc;
      const pos = (line, column) => {
        const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
        return Math.min(l.from + Math.max(column - 1, 0), l.to);
      };
      const marks = diagnostics.map((d) => {
        let from = pos(d.line, d.column);
        let to = pos(d.end_line || d.line, d.end_column || d.column);
        if (to <= from) {
          // A point error: underline to the end of the line, or the character before a line's end.
          const line = doc.lineAt(from);
          to = from < line.to ? Math.max(line.to, from + 1) : from;
          if (to === from && from > line.from) from -= 1;
        }
        return { from, to, severity: 'error', message: `${d.kind}: ${d.message}` };
      });
      view.dispatch(setDiagnostics(view.state, marks));
    },
    focus: () => view.focus(),
  };
}
