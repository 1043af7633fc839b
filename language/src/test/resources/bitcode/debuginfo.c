struct inner { short tag; char name[8]; };
struct outer {
    int id;
    struct inner in;
    double weight;
    unsigned flag : 1;
    unsigned level : 4;
    struct outer *next;
};
enum color { RED, GREEN = 5, BLUE = -3 };
typedef struct outer outer_t;

outer_t head = {7, {3, "x"}, 2.5, 1, 9, 0};
enum color favourite = GREEN;
static int hidden_counter;
int matrix[3][4];

int walk(outer_t *o, int depth) {
    int total = 0;
    while (o) {
        int here = o->id * depth;
        total += here;
        o = o->next;
    }
    return total;
}

static int bump(int by) {
    hidden_counter += by;
    return hidden_counter;
}

int main(void) {
    outer_t second = {8, {1, "y"}, 1.0, 0, 2, &head};
    int r = walk(&second, 2);
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 4; j++) {
            matrix[i][j] = i * j + bump(1);
        }
    }
    return r + matrix[2][3] + (favourite == GREEN);
}
