import django.db.models.deletion
from django.db import migrations, models


def install_search_index(apps, schema_editor):
    # The DDL lives beside the queries that read it (forum/search/<vendor>.py) and is
    # idempotent, so a later migration can run it again to change the index.
    from forum.search import BACKENDS

    backend = BACKENDS.get(schema_editor.connection.vendor)
    if backend is not None:
        backend.install(schema_editor.connection)


def uninstall_search_index(apps, schema_editor):
    from forum.search import BACKENDS

    backend = BACKENDS.get(schema_editor.connection.vendor)
    if backend is not None:
        backend.uninstall(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ('forum', '0004_moderation_seed'),
    ]

    operations = [
        migrations.AddField(
            model_name='board',
            name='noindex',
            field=models.BooleanField(default=False, help_text='Ask search engines not to index this board and its topics, and leave them out of the sitemap and public feeds.', verbose_name='hidden from search engines'),
        ),
        migrations.CreateModel(
            name='PostSearchDocument',
            fields=[
                ('post', models.OneToOneField(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, primary_key=True, related_name='search_document', serialize=False, to='forum.post')),
            ],
            options={
                'db_table': 'forum_post_search',
                'managed': False,
            },
        ),
        migrations.RunPython(install_search_index, uninstall_search_index, elidable=False),
    ]
