package org.spinflow.ui.selftest;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.spinflow.ui.Screenshots;
import org.spinflow.ui.editor.NetworkEditor;

/**
 * The p2 update UI of Spinflow Studio, driven through its Help menu ({@code -Dspinflow.selftest.p2=SITE_URI}: the
 * built update site): Help > Install New Software... opens the install wizard; the site loads through p2's
 * transport; Help > Check for Updates, with the site as an available software site, checks the installation
 * against it and answers (the product was built together with the site, so: nothing to update). Each dialog that
 * the menu items open is found among the display's shells, photographed and closed. Returns the report's words;
 * a failed step is reported as {@code p2=FAILED(...)}.
 */
final class P2Check {
    private P2Check() {
    }

    static String run(Path dir, URI site) {
        List<String> failures = new ArrayList<>();
        StringBuilder r = new StringBuilder();
        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        ProvisioningSession session = ui.getSession();

        // Window > Show View > General > Error Log is there
        boolean errorLog = PlatformUI.getWorkbench().getViewRegistry().find("org.eclipse.pde.runtime.LogView") != null;
        r.append(" errorLogView=").append(errorLog);
        if (!errorLog) {
            failures.add("no Error Log view");
        }

        // the installation is a p2 profile holding Spinflow
        IProfileRegistry profiles = session.getProvisioningAgent().getService(IProfileRegistry.class);
        IProfile profile = profiles == null ? null : profiles.getProfile(ui.getProfileId());
        boolean spinflowInProfile = profile != null
                && !profile.query(QueryUtil.createIUQuery("org.spinflow.ui.feature.feature.group"), null).isEmpty();
        r.append(" p2profile=").append(profile == null ? "none" : profile.getProfileId()).append(" spinflowInProfile=").append(spinflowInProfile);
        if (!spinflowInProfile) {
            failures.add("no p2 profile with org.spinflow.ui.feature");
        }

        // the site loads through the transport and offers the IDE feature
        try {
            IMetadataRepositoryManager repos = session.getProvisioningAgent().getService(IMetadataRepositoryManager.class);
            IMetadataRepository repo = repos.loadRepository(site, new NullProgressMonitor());
            Set<IInstallableUnit> ide = repo.query(QueryUtil.createIUQuery("org.spinflow.ui.feature.feature.group"), null).toUnmodifiableSet();
            r.append(" siteFeature=").append(ide.isEmpty() ? "none" : ide.iterator().next().getVersion());
            if (ide.isEmpty()) {
                failures.add("the site has no org.spinflow.ui.feature");
            }
        } catch (Exception e) {
            failures.add("loading the site: " + e);
        }
        ui.getRepositoryTracker().addRepository(site, "Spinflow (self test)", session);

        // Help > Install New Software... opens the install wizard (its "Work with" field lists the sites)
        MenuItem install = helpItem(window, "Install New Software");
        MenuItem update = helpItem(window, "Check for Updates");
        r.append(" helpMenu=").append(helpItems(window).toString().replace(' ', '_'));
        r.append(" menuInstall=").append(install != null).append(" menuUpdate=").append(update != null);
        if (install == null || update == null) {
            failures.add("Help menu items missing");
        }
        if (install != null) {
            Found wizard = new Found(display, window, s -> s.getText().contains("Install"), dir.resolve("p2-install.png"));
            install.notifyListeners(SWT.Selection, new Event());
            NetworkEditor.waitUntil(() -> wizard.title != null, 60000);
            wizard.stop();
            r.append(" installWizard=\"").append(wizard.title).append("\" workWith=").append(wizard.hasCombo);
            if (wizard.title == null || !wizard.hasCombo) {
                failures.add("Install New Software opened no install wizard");
            }
        }

        // Help > Check for Updates with the site available: the check runs and reports its result in a dialog
        if (update != null) {
            // (not a progress dialog: "Contacting Software Sites" may show while the check runs)
            Found answer = new Found(display, window, s -> !Found.find(s, ProgressBar.class::isInstance), dir.resolve("p2-check-for-updates.png"));
            update.notifyListeners(SWT.Selection, new Event());
            NetworkEditor.waitUntil(() -> answer.title != null, 180000);
            answer.stop();
            r.append(" updateDialog=\"").append(answer.title).append("\" says=\"").append(answer.message).append('"');
            // the product and the site come from one build: the answer is that there is nothing newer
            if (answer.title == null || !answer.message.contains("No updates found")) {
                failures.add("Check for Updates did not answer 'No updates found'");
            }
        }

        // the same check through the p2 API, against the site only: it resolves, and finds nothing newer
        UpdateOperation op = new UpdateOperation(session);
        op.getProvisioningContext().setMetadataRepositories(site);
        op.getProvisioningContext().setArtifactRepositories(site);
        IStatus status = op.resolveModal(new NullProgressMonitor());
        r.append(" updateCheck=").append(status.getCode()).append(":").append(status.getMessage().replace(' ', '_'));
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            failures.add("update check failed: " + status);
        }
        return (failures.isEmpty() ? " p2=OK" : " p2=FAILED" + failures.toString().replace(' ', '_')) + r;
    }

    private static List<String> helpItems(Shell window) {
        List<String> names = new ArrayList<>();
        Arrays.stream(window.getMenuBar().getItems()).filter(i -> i.getText().replace("&", "").equals("Help")).findFirst().ifPresent(help -> {
            help.getMenu().notifyListeners(SWT.Show, new Event());
            for (MenuItem i : help.getMenu().getItems()) {
                if (!i.getText().isEmpty()) {
                    names.add(i.getText().replace("&", "").replaceAll("\\t.*", ""));
                }
            }
            help.getMenu().notifyListeners(SWT.Hide, new Event());
        });
        return names;
    }

    private static MenuItem helpItem(Shell window, String prefix) {
        Menu bar = window.getMenuBar();
        MenuItem help = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Help")).findFirst().orElse(null);
        if (help == null) {
            return null;
        }
        Menu menu = help.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(prefix)).findFirst().orElse(null);
        menu.notifyListeners(SWT.Hide, new Event());
        return item != null && item.isEnabled() ? item : null;
    }

    /**
     * Watches the display (every 250 ms, also inside the nested event loop of a modal dialog) for a new visible
     * shell other than the workbench window that matches; records its title, whether it has a combo box and its
     * text, photographs and closes it.
     */
    private static final class Found implements Runnable {
        private final Display display;
        private final Shell window;
        private final Predicate<Shell> match;
        private final Path shot;
        private volatile boolean stopped;
        volatile String title;
        volatile String message = "";
        volatile boolean hasCombo;
        private long quietSince = -1;

        Found(Display display, Shell window, Predicate<Shell> match, Path shot) {
            this.display = display;
            this.window = window;
            this.match = match;
            this.shot = shot;
            display.timerExec(250, this);
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            if (stopped || title != null) {
                return;
            }
            for (Shell s : display.getShells()) {
                if (s != window && !s.isDisposed() && s.isVisible() && match.test(s)) {
                    // let the dialog fill itself (a wizard loads its sites) before looking at it
                    if (quietSince < 0) {
                        quietSince = System.currentTimeMillis();
                    }
                    if (System.currentTimeMillis() - quietSince < 2000) {
                        break;
                    }
                    hasCombo = find(s, Combo.class::isInstance);
                    StringBuilder text = new StringBuilder();
                    collectLabels(s, text);
                    message = text.toString().replace('"', '\'').replace('\n', ' ').trim();
                    try {
                        Screenshots.save(s, shot);
                    } catch (Exception e) {
                        message += " (no screenshot: " + e + ")";
                    }
                    title = s.getText();
                    s.close();
                    return;
                }
            }
            display.timerExec(250, this);
        }

        static boolean find(Composite c, Predicate<Control> p) {
            for (Control child : c.getChildren()) {
                if (p.test(child) || (child instanceof Composite cc && find(cc, p))) {
                    return true;
                }
            }
            return false;
        }

        private static void collectLabels(Composite c, StringBuilder out) {
            for (Control child : c.getChildren()) {
                if (child instanceof org.eclipse.swt.widgets.Label l && !l.getText().isBlank()) {
                    out.append(l.getText()).append(' ');
                } else if (child instanceof org.eclipse.swt.widgets.Link l && !l.getText().isBlank()) {
                    out.append(l.getText().replaceAll("</?a[^>]*>", "")).append(' ');
                } else if (child instanceof Composite cc) {
                    collectLabels(cc, out);
                }
            }
        }
    }
}
