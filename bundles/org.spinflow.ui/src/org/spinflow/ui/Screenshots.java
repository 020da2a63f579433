package org.spinflow.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Screenshots of a shell's client area (GC.copyArea into a PNG). */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path save(Shell shell, Path file) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Rectangle r = shell.getClientArea();
        Image img = new Image(shell.getDisplay(), Math.max(1, r.width), Math.max(1, r.height));
        GC gc = new GC(shell);
        try {
            gc.copyArea(img, 0, 0);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader l = new ImageLoader();
            l.data = new org.eclipse.swt.graphics.ImageData[] {img.getImageData()};
            l.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            img.dispose();
        }
        return file;
    }
}
