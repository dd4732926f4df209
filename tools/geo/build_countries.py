#!/usr/bin/env python3
"""Builds the country shapes of the web map (marsad-web/src/main/resources/web/countries.geojson).

Input: countries-110m.json of the npm package world-atlas 2.0.2 (TopoJSON of Natural Earth's
1:110m Admin 0 countries, public domain; package ISC licence, Michael Bostock) and codes.json of
the npm package i18n-iso-countries (MIT), which maps ISO 3166 numeric codes to alpha-3.
Output: GeoJSON features with properties {iso3, name}, coordinates rounded to 0.01 degree.
Shapes without a numeric code (Kosovo, Northern Cyprus, Somaliland) get the codes Marsad uses
(XKX for Kosovo) or none.

Usage: build_countries.py WORLD_ATLAS_DIR I18N_ISO_COUNTRIES_DIR OUT.geojson
"""
import json
import sys

EXTRA = {'Kosovo': 'XKX'}


def decode(topo):
    sx, sy = topo['transform']['scale']
    tx, ty = topo['transform']['translate']
    arcs = []
    for arc in topo['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
        arcs.append(points)

    def ring(indices):
        out = []
        for i in indices:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts if not out else pts[1:])
        return out

    return ring


def main(atlas, iso, out):
    topo = json.load(open(f'{atlas}/countries-110m.json', encoding='utf-8'))
    numeric = {row[2]: row[1] for row in json.load(open(f'{iso}/codes.json', encoding='utf-8'))}
    ring = decode(topo)
    features = []
    for g in topo['objects']['countries']['geometries']:
        name = g['properties']['name']
        code = numeric.get(g.get('id', ''), EXTRA.get(name))
        if g['type'] == 'Polygon':
            geometry = {'type': 'Polygon', 'coordinates': [ring(r) for r in g['arcs']]}
        elif g['type'] == 'MultiPolygon':
            geometry = {'type': 'MultiPolygon', 'coordinates': [[ring(r) for r in p] for p in g['arcs']]}
        else:
            continue
        features.append({'type': 'Feature', 'properties': {'iso3': code, 'name': name}, 'geometry': geometry})
    with open(out, 'w', encoding='utf-8') as f:
        json.dump({'type': 'FeatureCollection',
                   'source': 'Natural Earth 1:110m Admin 0 countries (public domain) via world-atlas 2.0.2 (ISC);'
                             ' ISO codes via i18n-iso-countries (MIT); built by tools/geo/build_countries.py',
                   'features': features}, f, ensure_ascii=False, separators=(',', ':'))


if __name__ == '__main__':
    main(*sys.argv[1:4])
