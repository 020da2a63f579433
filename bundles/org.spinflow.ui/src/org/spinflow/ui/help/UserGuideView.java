package org.spinflow.ui.help;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.ITopic;
import org.eclipse.help.IToc;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;
import org.spinflow.ui.SpinflowUi;

/**
 * The Spinflow User Guide (bundle org.spinflow.help) inside the workbench, without the Eclipse help web server:
 * the table of contents comes from the help system's TOC registry ({@link HelpSystem#getTocs()}, only the TOCs of
 * org.spinflow.help), and a topic is shown in an SWT Browser from the help bundle's own files (its {@code html/}
 * folder made local with {@link FileLocator#toFileURL}, so relative links work). Opened by Help > Spinflow User
 * Guide. Works in Spinflow Studio (which has no help server) and in any Eclipse IDE, where Help > Help Contents
 * shows the same guide too.
 */
public class UserGuideView extends ViewPart {
    public static final String ID = "org.spinflow.ui.userGuideView";
    /** The bundle whose TOCs this view shows. */
    static final String HELP_BUNDLE = "org.spinflow.help";

    private TreeViewer toc;
    private Browser browser;
    private String shownHref;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        toc = new TreeViewer(sash, SWT.SINGLE | SWT.BORDER);
        toc.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object e) {
                return e instanceof IToc t ? t.getTopics() : e instanceof ITopic t ? t.getSubtopics() : new Object[0];
            }

            @Override
            public Object getParent(Object e) {
                return null;
            }

            @Override
            public boolean hasChildren(Object e) {
                return getChildren(e).length > 0;
            }
        });
        toc.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object e) {
                return e instanceof IToc t ? t.getLabel() : e instanceof ITopic t ? t.getLabel() : String.valueOf(e);
            }
        });
        browser = new Browser(sash, SWT.NONE);
        sash.setWeights(1, 3);
        toc.addSelectionChangedListener(event -> {
            Object e = event.getStructuredSelection().getFirstElement();
            String href = e instanceof IToc t ? t.getTopic(null).getHref() : e instanceof ITopic t ? t.getHref() : null;
            if (href != null) {
                showTopic(href);
            }
        });
        List<IToc> tocs = guideTocs();
        toc.setInput(tocs);
        toc.expandAll();
        if (!tocs.isEmpty()) {
            toc.setSelection(new StructuredSelection(tocs.get(0)));
        } else {
            browser.setText("<html><body><p>The Spinflow User Guide (bundle " + HELP_BUNDLE + ") is not installed.</p></body></html>");
        }
    }

    /** The TOCs contributed by the help bundle, as the help system registered them. */
    public static List<IToc> guideTocs() {
        List<IToc> tocs = new ArrayList<>();
        for (IToc t : HelpSystem.getTocs()) {
            if (t.getHref() != null && t.getHref().startsWith("/" + HELP_BUNDLE + "/")) {
                tocs.add(t);
            }
        }
        return tocs;
    }

    /** Shows the topic {@code /bundle/path} (a help href as in a toc.xml, an anchor allowed). */
    public void showTopic(String href) {
        URL url = topicUrl(href);
        shownHref = href;
        if (url == null) {
            browser.setText("<html><body><p>Topic not found: " + href + "</p></body></html>");
        } else {
            browser.setUrl(url.toString());
        }
    }

    /**
     * A local URL of the topic {@code /bundle/path#anchor}: the topic's folder in its bundle, made local as a whole
     * (so the pages' relative links and pictures resolve), plus the file name. Null if there is no such file.
     */
    public static URL topicUrl(String href) {
        String h = href.startsWith("/") ? href.substring(1) : href;
        int hash = h.indexOf('#');
        String anchor = hash < 0 ? "" : h.substring(hash);
        h = hash < 0 ? h : h.substring(0, hash);
        int q = h.indexOf('?');
        h = q < 0 ? h : h.substring(0, q);
        int slash = h.indexOf('/');
        if (slash < 0) {
            return null;
        }
        Bundle bundle = Platform.getBundle(h.substring(0, slash));
        String path = h.substring(slash + 1);
        if (bundle == null || bundle.getEntry(path) == null) {
            return null;
        }
        int last = path.lastIndexOf('/');
        try {
            URL folder = FileLocator.toFileURL(bundle.getEntry(last < 0 ? "/" : path.substring(0, last + 1)));
            return new URL(folder, path.substring(last + 1) + anchor);
        } catch (IOException e) {
            SpinflowUi.log("Cannot open the help topic " + href, e);
            return null;
        }
    }

    /** The href of the topic shown last (tests). */
    public String shownHref() {
        return shownHref;
    }

    /** The table of contents (tests select in it). */
    public TreeViewer tocViewer() {
        return toc;
    }

    /** The browser showing the topic (tests read it). */
    public Browser getBrowser() {
        return browser;
    }

    /** The labels of the TOC's first level (tests). */
    public List<String> topLabels() {
        return guideTocs().stream().flatMap(t -> Arrays.stream(t.getTopics())).map(ITopic::getLabel).toList();
    }

    @Override
    public void setFocus() {
        toc.getControl().setFocus();
    }
}
