package org.lstmworkbench.workspace;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.training.EpochMetrics;

/**
 * Histories of several runs as one long CSV ({@code run,seed,epoch,train_loss,val_loss,train_rmse,val_rmse}),
 * the tidy shape pandas, R and spreadsheets pivot easily. Non-finite values are empty cells.
 */
public final class HistoryExport {

    /** A run's name, seed and history. */
    public record Entry(String run, long seed, List<EpochMetrics> history) {
    }

    private HistoryExport() {
    }

    public static void writeLong(Path file, List<Entry> runs) {
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                     .setHeader("run", "seed", "epoch", "train_loss", "val_loss", "train_rmse", "val_rmse").get())) {
            for (Entry e : runs) {
                for (EpochMetrics m : e.history()) {
                    csv.printRecord(e.run(), e.seed(), m.epoch(), cell(m.trainLoss()), cell(m.valLoss()),
                            cell(m.trainRmse()), cell(m.valRmse()));
                }
            }
        } catch (IOException ex) {
            throw new WorkbenchException(file + ": cannot write the histories (" + ex.getMessage() + ")", ex);
        }
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
