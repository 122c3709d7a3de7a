package org.lstmworkbench.ui.dataset;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The CSV files opened last, most recent first, at most {@link #MAX}, kept in a {@link Store}
 * (java.util.prefs in the app; tests inject their own store so they never touch the user's
 * preferences).
 *
 * @implNote FX thread only, like the view model that owns it.
 */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int MAX = 8;

    /** Preferences node of the app's store (under the user root). */
    public static final String PREFERENCES_NODE = "org/lstmworkbench/ui/recent-files";

    /** Where the list lives between sessions. */
    public interface Store {
        /** Paths as stored, most recent first. */
        List<String> load();

        /** Replaces the stored list. */
        void save(List<String> paths);
    }

    private final Store store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** Reads the list from {@code store}; unreadable entries are skipped. */
    public RecentFiles(Store store) {
        this.store = store;
        for (String stored : store.load()) {
            try {
                Path path = Path.of(stored);
                if (!files.contains(path) && files.size() < MAX) {
                    files.add(path);
                }
            } catch (InvalidPathException e) {
                // a path saved on another system: not worth showing
            }
        }
    }

    /** The store in the user's preferences under {@link #PREFERENCES_NODE}. */
    public static Store userPreferences() {
        return preferences(Preferences.userRoot().node(PREFERENCES_NODE));
    }

    /** A store in the given preferences node, one key per position ({@code "0"} is the most recent). */
    public static Store preferences(Preferences node) {
        return new Store() {
            @Override
            public List<String> load() {
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < MAX; i++) {
                    String value = node.get(String.valueOf(i), null);
                    if (value != null) {
                        paths.add(value);
                    }
                }
                return paths;
            }

            @Override
            public void save(List<String> paths) {
                for (int i = 0; i < MAX; i++) {
                    if (i < paths.size()) {
                        node.put(String.valueOf(i), paths.get(i));
                    } else {
                        node.remove(String.valueOf(i));
                    }
                }
            }
        };
    }

    /** A store that forgets everything when the program ends (tests). */
    public static Store inMemory() {
        return new Store() {
            private List<String> paths = List.of();

            @Override
            public List<String> load() {
                return paths;
            }

            @Override
            public void save(List<String> newPaths) {
                paths = List.copyOf(newPaths);
            }
        };
    }

    /** Most recent first; read-only (change it through {@link #add}). */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} first (moving it when already listed), drops the oldest beyond {@link #MAX}, saves. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        if (next.size() > MAX) {
            next = next.subList(0, MAX);
        }
        files.setAll(next);
        store.save(next.stream().map(Path::toString).toList());
    }
}
