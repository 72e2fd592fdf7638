package org.branchdesk.lobby.impl.internal;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.service.component.annotations.Component;

/** The workspace page of the lobby manager at the door: register arrivals, the answer and ticket, the live queues, the day's record. */
@Component
public final class LobbyPage implements WorkspacePage {

    @Override
    public String id() {
        return "lobby";
    }

    @Override
    public Map<String, String> titles() {
        return Map.of("en", "Lobby", "zh-CN", "大堂");
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.LOBBY_MANAGER, Role.CENTER_HEAD);
    }

    @Override
    public String folder() {
        return "workspace/lobby";
    }

    @Override
    public int order() {
        return 100;
    }
}
