package org.branchdesk.platform.admin.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.fileinstall.ArtifactInstaller;

/**
 * FileInstall asks each installer, highest ranking first and its own bundle handling last,
 * whether it takes a new file. This one, registered with the highest ranking, takes exactly the
 * jars of deploy/ that the {@link DeployJudge} refuses, and sets them aside
 * ({@link RejectedJars}) instead of installing them.
 */
final class DeployGate implements ArtifactInstaller {

    private final Path folder;
    private final DeployJudge judge;
    private final RejectedJars rejected;
    /** Why FileInstall's candidates were refused, from {@link #canHandle} to {@link #install}. */
    private final Map<File, DeployRules.Refused> refused = new ConcurrentHashMap<>();

    DeployGate(Path folder, DeployJudge judge, RejectedJars rejected) {
        this.folder = folder;
        this.judge = judge;
        this.rejected = rejected;
    }

    @Override
    public boolean canHandle(File artifact) {
        // FileInstall also asks for files of other watched folders (etc/), and for deleted files
        if (!inFolder(artifact) || !artifact.isFile() || judge.bundleOf(artifact.getName()).isPresent()) {
            return false;
        }
        try {
            judge.judge(artifact.toPath(), artifact.getName());
            refused.remove(artifact);
            return false;
        } catch (DeployRules.Refused why) {
            refused.put(artifact, why);
            return true;
        }
    }

    @Override
    public void install(File artifact) {
        DeployRules.Refused why = refused.remove(artifact);
        rejected.setAside(artifact.toPath(), why != null ? why : new DeployRules.Refused("body", "refused by the deploy rules"));
    }

    @Override
    public void update(File artifact) {
        install(artifact);
    }

    @Override
    public void uninstall(File artifact) {
        refused.remove(artifact); // it was never installed
    }

    private boolean inFolder(File file) {
        File parent = file.getAbsoluteFile().getParentFile();
        return parent != null && parent.toPath().normalize().equals(folder.normalize());
    }
}
