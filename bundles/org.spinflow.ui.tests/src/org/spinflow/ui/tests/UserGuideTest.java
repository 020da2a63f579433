package org.spinflow.ui.tests;

import static org.spinflow.ui.tests.UiTests.page;
import static org.spinflow.ui.tests.UiTests.shell;
import static org.spinflow.ui.tests.UiTests.shot;
import static org.spinflow.ui.tests.UiTests.waitFor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.help.ITopic;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;
import org.spinflow.ui.help.GuideHelpUI;
import org.spinflow.ui.help.UserGuideView;

/**
 * Help > Spinflow User Guide shows the guide of org.spinflow.help (its table of contents from the help system, its
 * pages in the view's browser) without the Eclipse help web server, as Spinflow Studio needs it.
 */
class UserGuideTest {
    @AfterEach
    void closeView() {
        var ref = page().findViewReference(UserGuideView.ID);
        if (ref != null) {
            page().hideView(ref);
        }
    }

    private static String text(UserGuideView v) {
        Object t = v.getBrowser().evaluate("return document.body ? document.body.innerText : '';");
        return t == null ? "" : t.toString();
    }

    @Test
    void helpMenuOpensTheGuideAndItsTopicsShowTheirPages() throws Exception {
        Menu bar = shell().getMenuBar();
        MenuItem help = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
        Menu menu = help.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem guide = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith("Spinflow User Guide"))
                .findFirst().orElseThrow(() -> new AssertionError("no Help > Spinflow User Guide in " + Arrays.toString(menu.getItems())));
        assertTrue(guide.isEnabled());
        guide.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());

        assertTrue(waitFor(() -> page().findView(UserGuideView.ID) != null, 10000), "Help > Spinflow User Guide opened the view");
        UserGuideView view = (UserGuideView) page().findView(UserGuideView.ID);
        assertEquals(List.of("Drawing a network", "Training", "Devices", "Export"), view.topLabels(), "the guide's table of contents");
        // the first page (the TOC's own topic) is shown at once
        assertTrue(waitFor(() -> view.getBrowser().getUrl().endsWith("/html/overview.html") && text(view).contains("Spinflow"), 20000),
                "the overview page is shown: " + view.getBrowser().getUrl());

        ITopic training = Arrays.stream(UserGuideView.guideTocs().get(0).getTopics()).filter(t -> t.getLabel().equals("Training"))
                .findFirst().orElseThrow();
        view.tocViewer().setSelection(new StructuredSelection(training), true);
        assertTrue(waitFor(() -> view.getBrowser().getUrl().endsWith("/html/training.html") && text(view).contains("Train"), 20000),
                "selecting Training shows its page: " + view.getBrowser().getUrl() + " " + text(view));
        shot("40-user-guide.png");

        // a relative link of a page works (the pages are local files of one folder)
        view.showTopic("/org.spinflow.help/html/overview.html");
        assertTrue(waitFor(() -> view.getBrowser().getUrl().endsWith("/html/overview.html") && Boolean.TRUE.equals(
                view.getBrowser().evaluate("return document.readyState === 'complete' && !!document.querySelector('a[href=\"devices.html\"]');")),
                20000), "the overview page loaded with its links");
        view.getBrowser().execute("document.querySelector('a[href=\"devices.html\"]').click();");
        assertTrue(waitFor(() -> view.getBrowser().getUrl().endsWith("/html/devices.html"), 20000),
                "the overview's link to devices.html opened it: " + view.getBrowser().getUrl());
        assertNotNull(UserGuideView.topicUrl("/org.spinflow.help/html/export.html"));
        assertEquals(null, UserGuideView.topicUrl("/org.spinflow.help/html/missing.html"));
    }

    @Test
    void helpContentsAndContextHelpOpenTheGuideWhereNoOtherHelpUiIsInstalled() throws Exception {
        assertNull(new GuideHelpUI().other(), "this test runtime has no other help UI (org.eclipse.help.ui)");
        Menu bar = shell().getMenuBar();
        MenuItem help = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
        Menu menu = help.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem contents = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith("Help Contents"))
                .findFirst().orElseThrow(() -> new AssertionError("no Help > Help Contents in " + Arrays.toString(menu.getItems())));
        assertTrue(contents.isEnabled());
        contents.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(waitFor(() -> page().findView(UserGuideView.ID) != null, 10000), "Help > Help Contents opened the guide");
        closeView();

        // context help (F1) with a related topic shows that topic
        IContext context = new IContext() {
            @Override
            public IHelpResource[] getRelatedTopics() {
                return new IHelpResource[] { new IHelpResource() {
                    @Override
                    public String getHref() {
                        return "/org.spinflow.help/html/devices.html";
                    }

                    @Override
                    public String getLabel() {
                        return "Devices";
                    }
                } };
            }

            @Override
            public String getText() {
                return "Devices";
            }
        };
        PlatformUI.getWorkbench().getHelpSystem().displayContext(context, 0, 0);
        assertTrue(waitFor(() -> page().findView(UserGuideView.ID) instanceof UserGuideView v
                && "/org.spinflow.help/html/devices.html".equals(v.shownHref()), 10000), "F1 showed the related topic");
        assertNotNull(PlatformUI.getWorkbench().getHelpSystem().resolve("/org.spinflow.help/html/devices.html", true));
    }

    @Test
    void withAnotherHelpUiEveryCallIsForwardedAndNoGuideOpens() {
        List<String> calls = new ArrayList<>();
        AbstractHelpUI ide = new AbstractHelpUI() {
            @Override
            public void displayHelp() {
                calls.add("help");
            }

            @Override
            public void displaySearch() {
                calls.add("search");
            }

            @Override
            public void displayDynamicHelp() {
                calls.add("dynamic");
            }

            @Override
            public void search(String expression) {
                calls.add("search " + expression);
            }

            @Override
            public void displayContext(IContext context, int x, int y) {
                calls.add("context " + x + "," + y);
            }

            @Override
            public void displayHelpResource(String href) {
                calls.add("resource " + href);
            }

            @Override
            public boolean isContextHelpDisplayed() {
                calls.add("displayed?");
                return true;
            }
        };
        GuideHelpUI ui = new GuideHelpUI(ide);
        ui.displayHelp();
        ui.displaySearch();
        ui.displayDynamicHelp();
        ui.search("mtj");
        ui.displayContext(null, 3, 4);
        ui.displayHelpResource("/x/y.html");
        assertTrue(ui.isContextHelpDisplayed());
        assertEquals(List.of("help", "search", "dynamic", "search mtj", "context 3,4", "resource /x/y.html", "displayed?"), calls);
        assertNull(page().findView(UserGuideView.ID), "nothing of Spinflow's opened");
    }
}
