package org.spinflow.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.Preset;
import org.spinflow.devices.TransferCurves;
import org.spinflow.model.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "devices", description = "List device presets, or write the raw transfer curve of a preset's nominal device (--curve).")
final class DevicesCommand implements Callable<Integer> {
    @Option(names = "--curve", paramLabel = "PRESET", description = "Preset whose nominal curve to write.")
    String curve;

    @Option(names = "--range", paramLabel = "LO:HI", description = "Drive range in SI units (default: the preset's table range).")
    String range;

    @Option(names = "--points", paramLabel = "N", defaultValue = "201", description = "Points (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--out", paramLabel = "FILE", description = "FILE.csv (x,y,dy_dx,flag) or FILE.png (curve and derivatives).")
    Path out;

    @Option(names = "--json", description = "List presets as JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (curve == null) {
            list();
            return Main.OK;
        }
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--curve needs --out FILE.csv or FILE.png");
        }
        org.spinflow.model.io.OutputGuard.check(out, "--out");
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".png")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out must end in .csv or .png, got '" + out + "'");
        }
        if (points < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--points must be at least 2");
        }
        Preset p = DeviceRegistry.getDefault().preset(curve);
        TransferCurves.Curve c;
        if (range != null) {
            String[] lh = range.split(":");
            double lo;
            double hi;
            try {
                lo = Double.parseDouble(lh[0]);
                hi = Double.parseDouble(lh.length > 1 ? lh[1] : "");
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--range must be LO:HI in SI units, got '" + range + "'");
            }
            c = TransferCurves.nominal(curve, lo, hi, points);
        } else {
            Device d = DeviceRegistry.getDefault().create(new DeviceSpec(curve, Map.of(), 1, 1, 0, 0, false, null));
            c = TransferCurves.nominal(curve, d.inputMin(), d.inputMax(), points);
        }
        if (name.endsWith(".csv")) {
            StringBuilder sb = new StringBuilder("x,y,dy_dx,flag\n");
            for (int i = 0; i < c.x().length; i++) {
                sb.append(fmt(c.x()[i])).append(',').append(fmt(c.y()[i])).append(',').append(fmt(c.dydx()[i]))
                        .append(',').append(c.flag()[i]).append('\n');
            }
            ExportCommand.atomicWrite(out, sb.toString());
        } else {
            plot(p, c);
        }
        spec.commandLine().getOut().println("wrote the " + curve + " transfer curve (" + c.x().length + " points) to " + out);
        return Main.OK;
    }

    private static String fmt(double v) {
        return Double.toString(v);
    }

    private void list() {
        var ps = DeviceRegistry.getDefault().presets();
        if (json) {
            var l = new java.util.ArrayList<Map<String, Object>>();
            for (Preset p : ps) {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("name", p.name());
                m.put("kind", p.kind());
                m.put("description", p.description());
                m.put("source", p.source());
                l.add(m);
            }
            spec.commandLine().getOut().println(Json.of(Map.of("presets", l)));
            return;
        }
        for (Preset p : ps) {
            spec.commandLine().getOut().printf("%-24s %-18s %s%n%-24s %-18s source: %s%n", p.name(), p.kind(),
                    p.description(), "", "", p.source());
        }
    }

    /** Curve, exact derivative and a noisy central finite difference measured on the nominal device. */
    private void plot(Preset p, TransferCurves.Curve c) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeries y = new XYSeries("output (" + c.outputUnit() + ")");
        XYSeries exact = new XYSeries("exact derivative");
        XYSeries measured = new XYSeries("measured (central FD, read noise on)");
        Double dl = p.parameters().get("neuron.delta");
        double delta = dl != null ? dl : (c.x()[c.x().length - 1] - c.x()[0]) / 50;
        Device noisy = DeviceRegistry.getDefault().create(new DeviceSpec(p.name(), Map.of(), 1, 1, 0, 0, true, null));
        int n = c.x().length;
        float[] plus = new float[n];
        float[] minus = new float[n];
        float[] vp = new float[n];
        float[] vm = new float[n];
        for (int i = 0; i < n; i++) {
            plus[i] = (float) Math.min(noisy.inputMax(), c.x()[i] + delta);
            minus[i] = (float) Math.max(noisy.inputMin(), c.x()[i] - delta);
        }
        readEach(noisy, plus, vp, 11);
        readEach(noisy, minus, vm, 12);
        for (int i = 0; i < n; i++) {
            y.add(c.x()[i], c.y()[i]);
            exact.add(c.x()[i], c.dydx()[i]);
            measured.add(c.x()[i], (vp[i] - vm[i]) / (plus[i] - minus[i]));
        }
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(new NumberAxis("drive (" + c.inputUnit() + ")"));
        plot.setRangeAxis(0, new NumberAxis("output (" + c.outputUnit() + ")"));
        plot.setRangeAxis(1, new NumberAxis("d output / d drive"));
        plot.setDataset(0, new XYSeriesCollection(y));
        XYSeriesCollection d = new XYSeriesCollection(exact);
        d.addSeries(measured);
        plot.setDataset(1, d);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer r0 = new XYLineAndShapeRenderer(true, false);
        r0.setSeriesPaint(0, new Color(0x1f77b4));
        r0.setSeriesStroke(0, new BasicStroke(2f));
        XYLineAndShapeRenderer r1 = new XYLineAndShapeRenderer(true, false);
        r1.setSeriesPaint(0, new Color(0xd62728));
        r1.setSeriesPaint(1, new Color(0x2ca02c));
        r1.setSeriesLinesVisible(1, false);
        r1.setSeriesShapesVisible(1, true);
        plot.setRenderer(0, r0);
        plot.setRenderer(1, r1);
        JFreeChart chart = new JFreeChart(p.name() + " nominal transfer curve", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        AtomicFiles.write(out, o -> ChartUtils.writeChartAsPNG(o, chart, 900, 560));
    }

    private static void readEach(Device d, float[] x, float[] out, long key) {
        float[] in = new float[1];
        float[] o = new float[1];
        for (int i = 0; i < x.length; i++) {
            in[0] = x[i];
            d.read(in, o, 1, key * 1_000_003L + i);
            out[i] = o[0];
        }
    }
}
