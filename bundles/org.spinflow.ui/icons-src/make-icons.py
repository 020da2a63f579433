#!/usr/bin/env python3
"""Draws the Spinflow IDE icons at 16 px (name.png) and 32 px (name@2x.png, picked by SWT on HiDPI screens).

Plain Python (zlib), no image library: each icon is a function telling the colour of a point of the unit square;
pixels are 4x4 supersampled for anti-aliased edges. Run from bundles/org.spinflow.ui: python3 icons-src/make-icons.py
"""
import math
import struct
import zlib


def png(path, size, rgba):
    raw = b''.join(b'\x00' + bytes(rgba[y * size * 4:(y + 1) * size * 4]) for y in range(size))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n')
        f.write(chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b'IDAT', zlib.compress(raw, 9)))
        f.write(chunk(b'IEND', b''))


def render(shader, size, path):
    n = 4
    out = []
    for y in range(size):
        for x in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(n):
                for sx in range(n):
                    u = (x + (sx + 0.5) / n) / size
                    v = (y + (sy + 0.5) / n) / size
                    c = shader(u, v)
                    if c:
                        a = c[3] / 255.0
                        acc[0] += c[0] * a
                        acc[1] += c[1] * a
                        acc[2] += c[2] * a
                        acc[3] += a
            a = acc[3] / (n * n)
            if acc[3] > 0:
                out += [round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(255 * a)]
            else:
                out += [0, 0, 0, 0]
    png(path, size, out)


def inside_triangle(u, v, a, b, c):
    def side(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    d1, d2, d3 = side(a, b, (u, v)), side(b, c, (u, v)), side(c, a, (u, v))
    return (d1 >= 0 and d2 >= 0 and d3 >= 0) or (d1 <= 0 and d2 <= 0 and d3 <= 0)


def train(u, v):
    """Run/train: a green triangle pointing right, with a darker rim."""
    a, b, c = (0.22, 0.12), (0.88, 0.5), (0.22, 0.88)
    if inside_triangle(u, v, a, b, c):
        inner = inside_triangle(u, v, (0.29, 0.24), (0.76, 0.5), (0.29, 0.76))
        return (46, 160, 67, 255) if inner else (22, 101, 40, 255)
    return None


def segment_distance(u, v, p, q):
    dx, dy = q[0] - p[0], q[1] - p[1]
    t = max(0.0, min(1.0, ((u - p[0]) * dx + (v - p[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(u - p[0] - t * dx, v - p[1] - t * dy)


def network(u, v):
    """A network: three inputs fully connected to two outputs (blue nodes, grey synapses)."""
    left = [(0.2, 0.2), (0.2, 0.5), (0.2, 0.8)]
    right = [(0.8, 0.33), (0.8, 0.67)]
    for p in left + right:
        d = math.hypot(u - p[0], v - p[1])
        if d < 0.13:
            return (32, 90, 170, 255) if d > 0.08 else (90, 150, 230, 255)
    for p in left:
        for q in right:
            if segment_distance(u, v, p, q) < 0.035:
                return (110, 110, 110, 255)
    return None


for name, shader in (('train', train), ('network', network)):
    render(shader, 16, 'icons/%s.png' % name)
    render(shader, 32, 'icons/%s@2x.png' % name)
