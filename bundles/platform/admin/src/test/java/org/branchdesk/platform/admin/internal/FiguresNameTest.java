package org.branchdesk.platform.admin.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.branchdesk.platform.figures.FigureSource;
import org.junit.Test;

/** How the figures' answer names a source in {@code unavailable}. */
public class FiguresNameTest {

    static final class LobbyFigures implements FigureSource {
        @Override
        public List<org.branchdesk.platform.figures.Figure> figures(org.branchdesk.platform.figures.FigurePeriod period,
                org.branchdesk.platform.security.Caller caller) {
            return List.of();
        }
    }

    @Test
    public void aNamedSourceByItsSimpleName() {
        assertEquals("LobbyFigures", Figures.name(new LobbyFigures()));
    }

    @Test
    public void anAnonymousOrLambdaSourceByItsFullName() {
        FigureSource lambda = (period, caller) -> List.of();
        String name = Figures.name(lambda);
        assertTrue(name, name.startsWith(FiguresNameTest.class.getName()));
        FigureSource anonymous = new FigureSource() {
            @Override
            public List<org.branchdesk.platform.figures.Figure> figures(org.branchdesk.platform.figures.FigurePeriod period,
                    org.branchdesk.platform.security.Caller caller) {
                return List.of();
            }
        };
        assertEquals(FiguresNameTest.class.getName() + "$1", Figures.name(anonymous));
    }
}
