package org.spinflow.ui.help;

import java.net.URL;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;
import org.spinflow.ui.SpinflowUi;

/**
 * The workbench's help UI (extension point {@code org.eclipse.ui.helpSupport}) where no other is installed, as in
 * Spinflow Studio: Help > Help Contents, Help > Search and F1 open the Spinflow User Guide view instead of doing
 * nothing. Where another help UI is installed (an Eclipse IDE with org.eclipse.help.ui), the workbench may still
 * pick this one first (it takes the first extension it finds), so every call is forwarded to that other help UI and
 * the IDE's help behaves as without Spinflow.
 */
public class GuideHelpUI extends AbstractHelpUI {
    static final String EXTENSION_POINT = "org.eclipse.ui.helpSupport";

    private AbstractHelpUI other;
    private boolean looked;

    /** The workbench's constructor: looks for another help UI on first use. */
    public GuideHelpUI() {
    }

    /** A help UI that forwards every call to {@code other} (null: shows the guide). */
    public GuideHelpUI(AbstractHelpUI other) {
        this.other = other;
        this.looked = true;
    }

    /** The help UI this one forwards to, or null when the guide is shown. */
    public AbstractHelpUI other() {
        if (!looked) {
            looked = true;
            for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
                if (!SpinflowUi.PLUGIN_ID.equals(e.getContributor().getName())) {
                    try {
                        other = (AbstractHelpUI) e.createExecutableExtension("class");
                        break;
                    } catch (CoreException | ClassCastException ex) {
                        SpinflowUi.log("Cannot create the help UI of " + e.getContributor().getName(), ex);
                    }
                }
            }
        }
        return other;
    }

    /** Opens the guide view (and shows {@code href} in it when not null); the view, or null if it cannot open. */
    public static UserGuideView openGuide(String href) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        try {
            UserGuideView view = (UserGuideView) window.getActivePage().showView(UserGuideView.ID);
            if (href != null && UserGuideView.topicUrl(href) != null) {
                view.showTopic(href);
            }
            return view;
        } catch (PartInitException e) {
            SpinflowUi.log("Cannot open the Spinflow User Guide", e);
            return null;
        }
    }

    @Override
    public void displayHelp() {
        if (other() != null) {
            other.displayHelp();
        } else {
            openGuide(null);
        }
    }

    @Override
    public void displaySearch() {
        if (other() != null) {
            other.displaySearch();
        } else {
            openGuide(null);
        }
    }

    @Override
    public void displayDynamicHelp() {
        if (other() != null) {
            other.displayDynamicHelp();
        } else {
            openGuide(null);
        }
    }

    @Override
    public void search(String expression) {
        if (other() != null) {
            other.search(expression);
        } else {
            openGuide(null);
        }
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        if (other() != null) {
            other.displayContext(context, x, y);
            return;
        }
        IHelpResource[] related = context == null ? null : context.getRelatedTopics();
        openGuide(related != null && related.length > 0 ? related[0].getHref() : null);
    }

    @Override
    public void displayHelpResource(String href) {
        if (other() != null) {
            other.displayHelpResource(href);
        } else {
            openGuide(href);
        }
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return other() != null && other.isContextHelpDisplayed();
    }

    @Override
    public URL resolve(String href, boolean documentOnly) {
        return other() != null ? other.resolve(href, documentOnly) : UserGuideView.topicUrl(href);
    }
}
