package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiveDiagnoserTest {

    private static Diagnosis labelled(FitLabel label) {
        UnderfitKind kind = label == FitLabel.UNDERFIT ? UnderfitKind.STILL_IMPROVING : null;
        return new Diagnosis(label, kind, 0.7, 1, Map.of(), "next");
    }

    /** Feeds a scripted label per epoch; returns the shown title after each epoch. */
    private static List<String> shownFor(FitLabel... script) {
        LiveDiagnoser live = new LiveDiagnoser(in -> labelled(script[in.epochs() - 1]));
        List<String> shown = new ArrayList<>();
        for (int e = 1; e <= script.length; e++) {
            shown.add(live.update(new double[e], null).label().name());
        }
        return shown;
    }

    @Test
    void keepsTheShownLabelWhileTheLabellerWobblesAtABoundary() {
        FitLabel g = FitLabel.GOOD_FIT;
        FitLabel u = FitLabel.UNDERFIT;
        List<String> shown = shownFor(g, g, g, u, g, u, u, g, u, g, u, u, g);
        assertThat(shown).containsOnly("GOOD_FIT");
    }

    @Test
    void switchesAfterTheNewLabelHoldsForThreeEpochs() {
        FitLabel g = FitLabel.GOOD_FIT;
        FitLabel o = FitLabel.OVERFIT;
        List<String> shown = shownFor(g, g, o, o, o, o);
        assertThat(shown).containsExactly("GOOD_FIT", "GOOD_FIT", "GOOD_FIT", "GOOD_FIT", "OVERFIT", "OVERFIT");
    }

    @Test
    void holdGrowsToFivePercentOfLongRuns() {
        assertThat(LiveDiagnoser.hold(10)).isEqualTo(3);
        assertThat(LiveDiagnoser.hold(60)).isEqualTo(3);
        assertThat(LiveDiagnoser.hold(200)).isEqualTo(10);
        assertThat(LiveDiagnoser.hold(201)).isEqualTo(11);
    }

    @Test
    void showsNonFiniteLossAtOnce() {
        LiveDiagnoser live = new LiveDiagnoser();
        double[] train = Curves.decay(20, 0.1, 5);
        double[] val = Curves.decay(20, 0.12, 5);
        for (int e = 1; e <= 14; e++) {
            live.update(Arrays.copyOf(train, e), Arrays.copyOf(val, e));
        }
        train[14] = Double.NaN;
        assertThat(live.update(Arrays.copyOf(train, 15), Arrays.copyOf(val, 15)).label()).isEqualTo(FitLabel.DIVERGED);
    }

    @Test
    void flickersLessThanThePerEpochLabelOnANoisyCurveNearTheUnderfitBoundary() {
        Random random = new Random(7);
        CurveInput run = Curves.stillImproving();
        double[] train = Curves.noisy(run.train(), 0.05, random);
        double[] val = Curves.noisy(run.val(), 0.05, random);
        CurveDiagnoser raw = new CurveDiagnoser();
        LiveDiagnoser live = new LiveDiagnoser();
        List<String> rawTitles = new ArrayList<>();
        List<String> liveTitles = new ArrayList<>();
        for (int e = 1; e <= train.length; e++) {
            CurveInput soFar = CurveInput.of(Arrays.copyOf(train, e), Arrays.copyOf(val, e));
            rawTitles.add(raw.diagnose(soFar).title());
            liveTitles.add(live.update(soFar).title());
        }
        assertThat(changes(rawTitles)).as("raw labels " + rawTitles).isGreaterThanOrEqualTo(2);
        assertThat(changes(liveTitles)).as("live labels " + liveTitles).isLessThan(changes(rawTitles));
        // every live change is backed by the new label coming out of the labeller for the hold
        for (int i = 1; i < liveTitles.size(); i++) {
            if (!liveTitles.get(i).equals(liveTitles.get(i - 1))) {
                int hold = LiveDiagnoser.hold(i + 1);
                for (int k = i - hold + 1; k <= i; k++) {
                    assertThat(rawTitles.get(k)).isEqualTo(liveTitles.get(i));
                }
            }
        }
    }

    private static int changes(List<String> titles) {
        int c = 0;
        for (int i = 1; i < titles.size(); i++) {
            if (!titles.get(i).equals(titles.get(i - 1))) {
                c++;
            }
        }
        return c;
    }
}
