package org.lstmworkbench.ui.dataset;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The first rows of the data under the plot, as loaded or (a toggle) as the model sees them, each
 * column as wide as its content.
 */
final class PreviewTable {

    private final DatasetViewModel vm;
    private final TableView<List<String>> table = new TableView<>();
    private final VBox node;

    PreviewTable(DatasetViewModel vm) {
        this.vm = vm;
        table.setId("dataset-preview");
        table.setItems(vm.previewRows());
        table.setPlaceholder(new Label("No data loaded"));
        // each column as wide as its content (a constrained policy gave the first column all the width)
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        vm.previewHeaders().addListener((ListChangeListener<String>) c -> columns());
        vm.previewRows().addListener((ListChangeListener<List<String>>) c -> sizeColumns());
        columns();

        CheckBox asModel = new CheckBox("As the model sees it");
        asModel.setId("dataset-preview-model");
        asModel.setTooltip(new Tooltip("Show the values after gaps, encoding and the chosen transforms, "
                + "instead of as loaded"));
        asModel.selectedProperty().bindBidirectional(vm.previewAsModelProperty());
        HBox bar = new HBox(8, new Label("Preview"), asModel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        node = new VBox(bar, table);
    }

    /** The toggle above the table, and the table. */
    Node node() {
        return node;
    }

    /** Preferred width of column {@code index}. */
    double columnWidth(int index) {
        return table.getColumns().get(index).getPrefWidth();
    }

    private void columns() {
        table.getColumns().clear();
        List<String> headers = vm.previewHeaders();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(headers.get(i));
            column.setSortable(false);
            column.setReorderable(false);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    index < row.getValue().size() ? row.getValue().get(index) : ""));
            column.setStyle(i == 0 ? "-fx-alignment: CENTER-LEFT;" : "-fx-alignment: CENTER-RIGHT;");
            table.getColumns().add(column);
        }
        sizeColumns();
    }

    /** Widths of the columns: their widest header or cell, measured in the table's font. */
    private void sizeColumns() {
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<List<String>, ?> column = table.getColumns().get(i);
            column.setPrefWidth(PreviewWidths.width(column.getText(), vm.previewRows(), i));
        }
    }
}
