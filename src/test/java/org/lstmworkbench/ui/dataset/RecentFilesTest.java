package org.lstmworkbench.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    @Test
    void preferencesStoreKeepsTheListAcrossInstancesMostRecentFirst() {
        MemoryPreferences node = new MemoryPreferences();
        RecentFiles first = new RecentFiles(RecentFiles.preferences(node));
        first.add(Path.of("/data/a.csv"));
        first.add(Path.of("/data/b.csv"));
        first.add(Path.of("/data/a.csv"));

        RecentFiles reopened = new RecentFiles(RecentFiles.preferences(node));

        assertThat(reopened.files()).containsExactly(Path.of("/data/a.csv"), Path.of("/data/b.csv"));
        assertThat(node.values).containsOnlyKeys("0", "1");
    }

    @Test
    void preferencesStoreDropsTheOldestBeyondEight() {
        MemoryPreferences node = new MemoryPreferences();
        RecentFiles recent = new RecentFiles(RecentFiles.preferences(node));
        for (int i = 0; i < 10; i++) {
            recent.add(Path.of("/data/f" + i + ".csv"));
        }

        assertThat(node.values).hasSize(RecentFiles.MAX).containsEntry("0", "/data/f9.csv")
                .containsEntry("7", "/data/f2.csv");
    }

    /** A preferences node in memory, so tests never write the user's preferences. */
    private static final class MemoryPreferences extends AbstractPreferences {
        final Map<String, String> values = new HashMap<>();

        MemoryPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException("no children in this test node");
        }

        @Override
        protected void syncSpi() {
            // nothing to sync: memory only
        }

        @Override
        protected void flushSpi() {
            // nothing to flush: memory only
        }
    }
}
