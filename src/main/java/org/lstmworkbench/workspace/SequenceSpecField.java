package org.lstmworkbench.workspace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.data.sequence.SequenceSpecJson;

/**
 * A workspace's {@code sequences} field in {@link SequenceSpecJson}'s form, the one {@code run.json}
 * and {@code experiment.json} use, so the three files agree on the classification data settings.
 */
final class SequenceSpecField {

    private SequenceSpecField() {
    }

    static final class Writer extends JsonSerializer<SequenceSpec> {
        @Override
        public void serialize(SequenceSpec spec, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeTree(SequenceSpecJson.toTree(spec));
        }
    }

    static final class Reader extends JsonDeserializer<SequenceSpec> {
        @Override
        public SequenceSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = p.readValueAsTree();
            try {
                return SequenceSpecJson.fromTree(tree, "field \"sequences\"");
            } catch (DataException e) {
                // a mapping error carries the parser's location, so the message says where in the file
                throw com.fasterxml.jackson.databind.JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}
