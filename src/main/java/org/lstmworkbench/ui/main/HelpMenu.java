package org.lstmworkbench.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.lstmworkbench.diagnosis.EvidenceTerms;
import org.lstmworkbench.diagnosis.LabelGlossary;
import org.lstmworkbench.ui.common.DialogService;

/**
 * The Help menu, for a newcomer: the README's window section (the README itself, packaged with
 * the classes), the keyboard shortcuts (read from the menu bar's own accelerators), and what each
 * label and evidence number means (the diagnosis code's own texts). Nothing is written twice.
 */
final class HelpMenu {

    /** Where the build puts the README (see the pom's resources). */
    static final String README = "/org/lstmworkbench/help/README.md";

    /** Mouse gestures of the loss chart, which no menu item carries. */
    private static final String CHART_GESTURES = """
            Loss chart
              drag                zoom into a rectangle
              Ctrl+drag           pan
              mouse wheel         zoom
              Reset zoom button   undo zoom and pan""";

    private static final Pattern IMAGE = Pattern.compile("(?m)^\\s*!\\[.*$\\n?");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])");

    private HelpMenu() {
    }

    /** The Help menu; {@code menus} are the menu bar's others, whose accelerators the shortcuts list. */
    static Menu create(DialogService dialogs, List<Menu> menus) {
        MenuItem window = new MenuItem("The window");
        window.setOnAction(e -> dialogs.showInfo("Help", "The window (from the README)", windowText()));
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setOnAction(e -> dialogs.showInfo("Help", "Keyboard shortcuts", shortcutsText(menus)));
        MenuItem labels = new MenuItem("What the labels mean");
        labels.setOnAction(e -> dialogs.showInfo("Help", "What the fit labels and the evidence mean", labelsText()));
        Menu help = new Menu("Help", null, window, keys, new SeparatorMenuItem(), labels);
        help.setId("help-menu");
        return help;
    }

    /** The README's "## The window" section as plain text (no Markdown marks, no images). */
    static String windowText() {
        String readme = readme();
        int start = readme.indexOf("\n## The window");
        if (start < 0) {
            return "The README has no window section.";
        }
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start + 1, end < 0 ? readme.length() : end).strip();
        return plain(section);
    }

    /** Markdown to readable text: headings, bold, italics and code marks dropped, images left out. */
    static String plain(String markdown) {
        String s = IMAGE.matcher(markdown).replaceAll("");
        s = s.replaceAll("(?m)^#+\\s*", "");
        s = BOLD.matcher(s).replaceAll("$1");
        s = ITALIC.matcher(s).replaceAll("$1");
        return s.replace("`", "");
    }

    /** Every menu item with an accelerator, by menu, then the chart's mouse gestures. */
    static String shortcutsText(List<Menu> menus) {
        StringBuilder s = new StringBuilder();
        for (Menu m : menus) {
            StringBuilder items = new StringBuilder();
            for (MenuItem i : m.getItems()) {
                if (i.getAccelerator() != null) {
                    items.append(String.format("  %-18s  %s%n", i.getAccelerator().getDisplayText(), i.getText()));
                }
            }
            if (!items.isEmpty()) {
                s.append(m.getText()).append(" menu\n").append(items).append('\n');
            }
        }
        return s.append(CHART_GESTURES).toString();
    }

    /** Each label in words with its meaning and next step, then each evidence number explained. */
    static String labelsText() {
        StringBuilder s = new StringBuilder("Fit labels\n\n");
        for (LabelGlossary.Entry e : LabelGlossary.entries()) {
            s.append(e.words()).append('\n').append("  ").append(e.meaning()).append('\n')
                    .append("  Next step: ").append(e.next()).append("\n\n");
        }
        s.append("Evidence numbers (raw names as in diagnose --json and run.json)\n\n");
        for (Map.Entry<String, EvidenceTerms.Term> t : EvidenceTerms.all().entrySet()) {
            s.append(t.getValue().name()).append(" (").append(t.getKey()).append(")\n  ")
                    .append(t.getValue().explanation()).append('\n');
        }
        return s.toString().stripTrailing();
    }

    private static String readme() {
        try (InputStream in = HelpMenu.class.getResourceAsStream(README)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged README", e);
        }
    }
}
