/* Checks Huffman coding: frequency count, tree build with deterministic tie-breaking, encode/decode round trip. */
#include <stdio.h>
#include <string.h>
typedef struct { long w; int sym, l, r, order; } Node;
static Node nodes[512]; static int nn;
static char codes[256][64];
static void assign(int i, char *buf, int d) { if (nodes[i].sym >= 0) { buf[d] = 0; strcpy(codes[nodes[i].sym], d ? buf : "0"); return; } buf[d] = '0'; assign(nodes[i].l, buf, d + 1); buf[d] = '1'; assign(nodes[i].r, buf, d + 1); }
static int less(int a, int b) { return nodes[a].w < nodes[b].w || (nodes[a].w == nodes[b].w && nodes[a].order < nodes[b].order); }
int main(void) {
    const char *msg = "this is an example of a huffman tree built in a conformance test; mississippi river banks";
    long freq[256] = {0}; size_t len = strlen(msg); for (size_t i = 0; i < len; i++) freq[(unsigned char)msg[i]]++;
    int live[512], nl = 0;
    for (int c = 0; c < 256; c++) if (freq[c]) { nodes[nn] = (Node){freq[c], c, -1, -1, nn}; live[nl++] = nn++; }
    while (nl > 1) {
        int a = 0; for (int i = 1; i < nl; i++) if (less(live[i], live[a])) a = i; int x = live[a]; live[a] = live[--nl];
        int b = 0; for (int i = 1; i < nl; i++) if (less(live[i], live[b])) b = i; int y = live[b]; live[b] = live[--nl];
        nodes[nn] = (Node){nodes[x].w + nodes[y].w, -1, x, y, nn}; live[nl++] = nn++;
    }
    int root = live[0]; char buf[64]; assign(root, buf, 0);
    for (int c = 0; c < 256; c++) if (freq[c]) printf("'%c' %ld %s\n", c, freq[c], codes[c]);
    static char bits[8192]; size_t nb = 0; for (size_t i = 0; i < len; i++) { const char *cd = codes[(unsigned char)msg[i]]; size_t l = strlen(cd); memcpy(bits + nb, cd, l); nb += l; }
    bits[nb] = 0; printf("bits=%zu (vs %zu raw)\n", nb, len * 8);
    char out[256]; size_t no = 0; int cur = root;
    for (size_t i = 0; i < nb; i++) { cur = bits[i] == '0' ? nodes[cur].l : nodes[cur].r; if (nodes[cur].sym >= 0) { out[no++] = (char)nodes[cur].sym; cur = root; } }
    out[no] = 0; printf("roundtrip=%d\n%s\n", strcmp(out, msg) == 0, out);
    printf("first 64 bits: %.64s\n", bits);
    return 0;
}
