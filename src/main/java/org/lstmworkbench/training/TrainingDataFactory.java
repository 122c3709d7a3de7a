package org.lstmworkbench.training;

import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.model.NetworkShape;

/** Turns the data pipeline's {@link PreparedData} into what the {@link Trainer} needs. */
public final class TrainingDataFactory {

    private TrainingDataFactory() {
    }

    public static TrainingData from(PreparedData prepared) {
        NetworkShape shape = shapeOf(prepared);
        return new TrainingData(prepared.name(), part(prepared, prepared.train()),
                part(prepared, prepared.validation()), part(prepared, prepared.test()), shape);
    }

    /** The network shape the prepared data asks for. */
    public static NetworkShape shapeOf(PreparedData prepared) {
        return new NetworkShape(prepared.features(), prepared.outputs(), prepared.shape() == FrameShape.MANY_TO_MANY);
    }

    private static DataPart part(PreparedData prepared, FramedSet set) {
        if (set == null || set.isEmpty()) {
            return null;
        }
        return new DataPart(set.toDataSet(), set.yOriginal(), predictions -> prepared.toOriginalUnits(set, predictions));
    }
}
