package org.spinflow.experiments;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** PNG line charts with JFreeChart, rendered headless. */
final class Charts {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 880;
    static final int HEIGHT = 520;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    /** A series of (x, mean, low, high) points. */
    record Band(String label, List<double[]> points) {
    }

    /** A plain (x, y) series. */
    record Line(String label, double[] x, double[] y) {
    }

    private Charts() {
    }

    static void errorBars(Path file, String title, String xLabel, String yLabel, boolean logX, boolean logY,
                          List<Band> bands) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (Band b : bands) {
            YIntervalSeries s = new YIntervalSeries(b.label());
            for (double[] p : b.points()) {
                if (Double.isFinite(p[1])) {
                    s.add(p[0], p[1], p[2], p[3]);
                }
            }
            ds.addSeries(s);
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setErrorStroke(new BasicStroke(1.2f));
        r.setCapLength(6);
        style(r, bands.size());
        ValueAxis x = axis(xLabel, logX);
        ValueAxis y = axis(yLabel, logY);
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = 0;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = 0;
        for (Band b : bands) {
            for (double[] p : b.points()) {
                if (Double.isFinite(p[1])) {
                    x0 = Math.min(x0, p[0]);
                    x1 = Math.max(x1, p[0]);
                    y0 = Math.min(y0, p[2] > 0 ? p[2] : p[1]);
                    y1 = Math.max(y1, p[3]);
                }
            }
        }
        if (logX) {
            logTicks((LogAxis) x, x0, x1);
        }
        if (logY) {
            logTicks((LogAxis) y, y0, y1);
        }
        save(file, title, plot(ds, x, y, r));
    }

    /** Decade ticks over wide ranges, powers of two over narrow ones. */
    private static void logTicks(LogAxis a, double lo, double hi) {
        if (!(lo > 0) || !(hi > lo)) {
            return;
        }
        double decades = Math.log10(hi / lo);
        a.setAutoTickUnitSelection(false);
        a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(decades > 2.5 ? 1.0 : decades > 1 ? 0.5 : Math.log10(2)));
        a.setNumberFormatOverride(new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
    }

    static void lines(Path file, String title, String xLabel, String yLabel, List<Line> lines) {
        XYSeriesCollection ds = new XYSeriesCollection();
        for (Line l : lines) {
            XYSeries s = new XYSeries(l.label(), false, true);
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.y()[i])) {
                    s.add(l.x()[i], l.y()[i]);
                }
            }
            ds.addSeries(s);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        style(r, lines.size());
        save(file, title, plot(ds, axis(xLabel, false), axis(yLabel, false), r));
    }

    private static XYPlot plot(org.jfree.data.xy.XYDataset ds, ValueAxis x, ValueAxis y, XYLineAndShapeRenderer r) {
        XYPlot p = new XYPlot(ds, x, y, r);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(new Color(0xdddddd));
        p.setRangeGridlinePaint(new Color(0xdddddd));
        return p;
    }

    private static ValueAxis axis(String label, boolean log) {
        if (log) {
            LogAxis a = new LogAxis(label);
            a.setSmallestValue(1e-6);
            a.setNumberFormatOverride(new java.text.DecimalFormat("0.###E0"));
            return a;
        }
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static void style(XYLineAndShapeRenderer r, int n) {
        for (int i = 0; i < n; i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
    }

    private static void save(Path file, String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            ChartUtils.saveChartAsPNG(tmp.toFile(), chart, WIDTH, HEIGHT);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
