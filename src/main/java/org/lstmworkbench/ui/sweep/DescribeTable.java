package org.lstmworkbench.ui.sweep;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/**
 * The describe() table as pandas prints it: rows count, mean, std, min, 25%, 50%, 75%, max;
 * one column per point, values with 6 decimals, right-aligned. Selecting a cell selects its
 * point.
 */
final class DescribeTable extends TableView<DescribeRow> {

    private static final String NUMBER_STYLE = "-fx-alignment: CENTER-RIGHT; -fx-font-family: monospace;";

    private final SweepTables tables;

    DescribeTable(SweepTables tables) {
        super(tables.rows());
        this.tables = tables;
        setId("sweep-describe");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("No finished run yet"));
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setFixedCellSize(24);
        // the eight rows and the header, no empty filler rows
        setMinHeight(24 * 8 + 30);
        setPrefHeight(24 * 8 + 30);
        setMaxHeight(24 * 8 + 30);
        rebuild();
        tables.columns().addListener((ListChangeListener<String>) c -> rebuild());
        getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> {
            if (!getSelectionModel().getSelectedCells().isEmpty()) {
                TablePosition<?, ?> pos = getSelectionModel().getSelectedCells().get(0);
                int column = pos.getColumn() - 1;
                if (column >= 0 && column < tables.columns().size()) {
                    tables.selectPoint(tables.columns().get(column));
                }
            }
        });
    }

    private void rebuild() {
        getColumns().clear();
        TableColumn<DescribeRow, String> stat = new TableColumn<>("");
        stat.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().statistic()));
        stat.setSortable(false);
        stat.setPrefWidth(60);
        stat.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
        getColumns().add(stat);
        for (int i = 0; i < tables.columns().size(); i++) {
            int column = i;
            TableColumn<DescribeRow, String> c = new TableColumn<>(tables.columns().get(i));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().text(column)));
            c.setSortable(false);
            c.setReorderable(false);
            c.setPrefWidth(Math.max(95, 8 * tables.columns().get(i).length() + 20));
            c.setStyle(NUMBER_STYLE);
            getColumns().add(c);
        }
    }
}
