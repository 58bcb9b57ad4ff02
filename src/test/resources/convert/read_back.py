"""Reads what `convert` wrote with the real tools (numpy, h5py, scipy) and prints a JSON summary.

usage: read_back.py suite2p PLANE_DIR | caiman FILE.hdf5 | npy DIR
Suite2p: np.load(allow_pickle=True) of every .npy, as Suite2p's GUI loads them, with the pickle protocol.
CaImAn: the walk of caiman.utils.utils.recursively_load_dict_contents_from_group (every dataset and
attribute; sparse groups A/W/b rebuilt with scipy), then the facts load_CNMF relies on.
"""
import json
import pickletools
import sys

import h5py
import numpy as np
import scipy.sparse


def protocol(path):
    with open(path, 'rb') as f:
        data = f.read()
    start = data.index(b'\n', 10) + 1
    op, arg, _ = next(pickletools.genops(data[start:]))
    return arg if op.name == 'PROTO' else None


def suite2p(plane):
    out = {}
    for name in ['stat', 'ops', 'F', 'Fneu', 'spks', 'iscell']:
        a = np.load(f'{plane}/{name}.npy', allow_pickle=True)
        out[name] = {'dtype': str(a.dtype), 'shape': list(a.shape)}
    stat = np.load(f'{plane}/stat.npy', allow_pickle=True)
    out['stat']['protocol'] = protocol(f'{plane}/stat.npy')
    out['stat']['keys'] = sorted(stat[0].keys())
    out['stat']['types'] = {k: (str(v.dtype) if isinstance(v, np.ndarray) else type(v).__name__)
                            for k, v in stat[0].items()}
    out['stat']['npix'] = [int(s['npix']) for s in stat]
    out['stat']['lam_sum0'] = float(stat[0]['lam'].sum())
    ops = np.load(f'{plane}/ops.npy', allow_pickle=True).item()
    out['ops']['protocol'] = protocol(f'{plane}/ops.npy')
    out['ops']['keys'] = sorted(ops.keys())
    out['ops']['values'] = {k: ops[k] for k in ['Ly', 'Lx', 'fs', 'nframes']}
    out['ops']['meanImg'] = [str(ops['meanImg'].dtype), list(ops['meanImg'].shape)] if 'meanImg' in ops else None
    out['iscell']['values'] = np.load(f'{plane}/iscell.npy').tolist()
    return out


def load_group(h5file, path):
    """caiman.utils.utils.recursively_load_dict_contents_from_group, as CaImAn 1.11 walks a file."""
    ans = {}
    for k, v in h5file[path].attrs.items():
        ans[k] = v
    for key, item in h5file[path].items():
        if isinstance(item, h5py.Dataset):
            val = item[()]
            if isinstance(val, str):
                ans[key] = None if val == 'NoneType' else val
            elif key in ['dims', 'medw', 'sigma_smooth_snmf', 'dxy', 'max_shifts', 'strides', 'overlaps']:
                ans[key] = tuple(val) if isinstance(val, np.ndarray) else val
            elif item.dtype == 'bool':
                ans[key] = bool(val)
            else:
                ans[key] = None if isinstance(val, bytes) and val == b'NoneType' else val
        elif key in ('A', 'W', 'Ab', 'downscale_matrix', 'upscale_matrix'):
            m = scipy.sparse.csc_matrix((item['data'][:], item['indices'][:], item['indptr'][:]), item['shape'][:])
            ans[key] = m.tocsr() if key in ('W', 'upscale_matrix') else m
        else:
            ans[key] = load_group(h5file, path + key + '/')
    return ans


def caiman(path):
    with h5py.File(path, 'r') as f:
        d = load_group(f, '/')
    est = d['estimates']
    A = est['A']
    dims = d['params']['data']['dims']
    out = {'root': sorted(d.keys()), 'estimates': sorted(est.keys()),
           'params_data': sorted(d['params']['data'].keys()), 'dims': [int(x) for x in d['dims']],
           'A': [str(A.dtype), list(A.shape), A.has_sorted_indices == 1],
           'C': [str(est['C'].dtype), list(est['C'].shape)], 'YrA': list(est['YrA'].shape),
           'fr': float(d['params']['data']['fr']) if 'fr' in d['params']['data'] else None,
           'idx_components': est['idx_components'].tolist()}
    # the first footprint, unflattened in Fortran order as CaImAn does: row, col of its heaviest pixel
    a0 = A[:, 0].toarray().reshape(tuple(int(x) for x in dims), order='F')
    out['A0_argmax'] = [int(x) for x in np.unravel_index(np.argmax(a0), a0.shape)]
    out['raw00'] = float(est['C'][0, 0] + est['YrA'][0, 0])
    return out


def npy(folder):
    fp = np.load(f'{folder}/footprints.npy')
    raw = np.load(f'{folder}/traces_raw.npy')
    with open(f'{folder}/rois.json') as f:
        rois = json.load(f)['rois']
    return {'footprints': [str(fp.dtype), list(fp.shape)], 'raw': [str(raw.dtype), list(raw.shape)],
            'ids': [r['id'] for r in rois]}


def plain(o):
    if isinstance(o, (np.integer,)):
        return int(o)
    if isinstance(o, (np.floating,)):
        return float(o)
    return str(o)


if __name__ == '__main__':
    kind, path = sys.argv[1], sys.argv[2]
    print(json.dumps({'suite2p': suite2p, 'caiman': caiman, 'npy': npy}[kind](path), default=plain, sort_keys=True))
